import type { ActionState } from "@/lib/forms/action-state";

/** What batch ingest's forms get back: the submitted fields, always. */
export type IngestActionState = ActionState<Record<string, string>>;
