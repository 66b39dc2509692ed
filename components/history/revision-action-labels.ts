import type { RevisionAction } from "@/lib/generated/prisma/enums";

/** What each kind of revision is called wherever a history is shown: a meeting's, a person's, a tag's. */
export const REVISION_ACTION_LABELS: Record<RevisionAction, string> = {
  CREATE: "Created",
  UPDATE: "Edited",
  DELETE: "Deleted",
  RESTORE: "Restored",
  MERGE: "Merged",
  UNMERGE: "Merge undone",
  SUBMIT: "Sent for review",
  APPROVE: "Approved",
  RETURN: "Returned",
};
