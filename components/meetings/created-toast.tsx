"use client";

import { parseAsBoolean, useQueryState } from "nuqs";
import { useEffect } from "react";
import { toast } from "sonner";

/** After a save redirects here with `?created=1`: confirm it once, then tidy the address. */
export function CreatedToast() {
  const [created, setCreated] = useQueryState("created", parseAsBoolean.withOptions({ history: "replace" }));
  useEffect(() => {
    if (!created) return;
    toast.success("Meeting saved", { description: "This page is its permanent address." });
    void setCreated(null);
  }, [created, setCreated]);
  return null;
}
