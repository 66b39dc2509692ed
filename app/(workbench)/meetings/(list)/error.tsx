"use client";

import { ErrorPanel } from "@/components/workbench/error-panel";

export default function MeetingsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The meetings could not be loaded" digest={error.digest} onRetry={reset} />;
}
