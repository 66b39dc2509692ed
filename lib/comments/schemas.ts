import { z } from "zod";
import { userIdSchema } from "@/lib/auth/users/schemas";
import { anchorChoiceSchema } from "@/lib/comments/anchor";
import { COMMENT_MAX, MENTIONS_MAX } from "@/lib/comments/limits";
import { safeText } from "@/lib/meetings/write/safe-text";

export const commentIdSchema = z.uuid();

const mentionIds = z
  .string()
  .max(MENTIONS_MAX * 40)
  .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(userIdSchema).max(MENTIONS_MAX, `Mention at most ${MENTIONS_MAX} people in one comment.`));

const body = safeText(COMMENT_MAX, "The comment").pipe(z.string().min(1, "Write the comment first."));

/** A new comment, as the form sends it. */
export const addCommentSchema = z.object({
  meetingId: z.uuid(),
  body,
  anchor: anchorChoiceSchema.default(null),
  /** Ids of users picked in the mention type-ahead, comma-separated. */
  mentions: mentionIds.default([]),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

/** A changed comment: its text and mentions (the anchor stays). */
export const editCommentSchema = z.object({
  commentId: commentIdSchema,
  body,
  mentions: mentionIds.default([]),
});
export type EditCommentInput = z.input<typeof editCommentSchema>;
