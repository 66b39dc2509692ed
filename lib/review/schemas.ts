import { z } from "zod";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { REASON_MAX } from "@/lib/review/limits";
import { safeText } from "@/lib/meetings/write/safe-text";

// What the review steps and the queue take; the server actions and the forms share them.

export const reviewStepSchema = z.object({
  id: meetingIdSchema,
  version: z.coerce.number().int().min(1, "Reload the page: the form is missing the version it was opened at."),
});

export const returnStepSchema = reviewStepSchema.extend({
  // Free text kept in the history and read by the author (their inbox): the shared text rule.
  reason: safeText(REASON_MAX, "The reason").pipe(z.string().min(1, "Say why you return it: the author reads this.")),
});

export const REVIEW_TABS = ["in-review", "returned", "machine"] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];

export const REVIEW_PAGE_SIZE = 25;

/** The queue's URL: which list, whose, a title search, and the page. Anything unparseable falls back. */
export const reviewQueueParamsSchema = z.object({
  tab: z.enum(REVIEW_TABS).catch("in-review"),
  mine: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
  q: z.string().trim().max(200).optional().catch(undefined).transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ReviewQueueParams = z.infer<typeof reviewQueueParamsSchema>;
