"use client";

import { parseAsString, useQueryState } from "nuqs";
import { useEffect } from "react";
import { toast } from "sonner";

/** After a save redirects here with `?created=1`: confirm it once, then tidy the address. */
export function CreatedToast() {
  const [created, setCreated] = useQueryState("created", parseAsString.withOptions({ history: "replace" }));
  useEffect(() => {
    if (created === null) return;
    // A fixed id: React may run this effect twice in development, and one toast is enough.
    toast.success("Meeting saved", { id: "meeting-saved", description: "This page is its permanent address." });
    void setCreated(null);
  }, [created, setCreated]);
  return null;
}
