"use client";

import { Link2 } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** Copies the meeting's permanent address; the toast says whether it worked. */
export function CopyPermalinkButton({ path }: { path: string }) {
  return (
    <Button
      variant="outline"
      onClick={async () => {
        const url = new URL(path, window.location.origin).toString();
        try {
          await navigator.clipboard.writeText(url);
          toast.success("Permalink copied", { description: url });
        } catch {
          toast.error("Could not copy the permalink", { description: url });
        }
      }}
    >
      <Link2 aria-hidden="true" />
      Copy permalink
    </Button>
  );
}
