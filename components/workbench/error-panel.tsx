"use client";

import { TriangleAlert } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";

/**
 * What an analyst sees when something failed on the server: what to try, and the reference that
 * finds the full error in the logs. Never the error's own message or stack.
 */
export function ErrorPanel({ title, digest, onRetry }: { title: string; digest?: string; onRetry: () => void }) {
  return (
    <div role="alert" className="mx-auto my-10 grid max-w-lg justify-items-center gap-3 rounded-lg border bg-surface p-8 text-center">
      <div className="rounded-full bg-muted p-3 text-destructive" aria-hidden="true">
        <TriangleAlert className="size-5" />
      </div>
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="text-sm text-muted-foreground">
        Something went wrong on our side. Try again; if it keeps happening, send the reference below to your
        administrator.
      </p>
      {digest ? (
        <p className="text-sm">
          Reference: <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{digest}</code>
        </p>
      ) : null}
      <div className="mt-2 flex gap-2">
        <Button onClick={onRetry}>Try again</Button>
        <Button variant="outline" asChild>
          <Link href="/meetings">All meetings</Link>
        </Button>
      </div>
    </div>
  );
}
