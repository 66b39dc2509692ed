import type { ActionState } from "@/lib/forms/action-state";

/** What the comment forms send back: their fields as typed. */
export type CommentActionState = ActionState<Record<string, string>>;
