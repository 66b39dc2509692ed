"use client";

import { ErrorPanel } from "@/components/workbench/error-panel";

export default function WorkbenchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="This page could not be shown" digest={error.digest} onRetry={reset} />;
}
