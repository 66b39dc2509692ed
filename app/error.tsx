"use client";

import { ErrorPanel } from "@/components/workbench/error-panel";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="px-4">
      <ErrorPanel title="This page could not be shown" digest={error.digest} onRetry={reset} />
    </main>
  );
}
