import { z } from "zod";
import { isIsoDay } from "@/lib/meetings/list-options";
import { SOURCE_TEXT_MAX } from "@/lib/meetings/write/record-schema";
import { safeText } from "@/lib/meetings/write/safe-text";

/** Items in one batch at most: a day's wire from a few agencies, read in a few minutes. */
export const MAX_BATCH_ITEMS = 500;
/** An item's text at most: what a meeting's source may hold. */
export const MAX_ITEM_CHARS = SOURCE_TEXT_MAX;
/** A zip's files, unpacked, at most (a zip bomb stops here, before anything is inflated). */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
/** Outlet given to items that name none (pasted text, a zip's files). */
export const DEFAULT_OUTLET = "Wire item";

/** "2024-04-02" or an ISO time ("2024-04-02T09:30:00Z"): the day it was published. */
const publishedSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().slice(0, 10) || undefined : value ?? undefined),
  z.string().refine(isIsoDay, "Give the published date as YYYY-MM-DD.").optional(),
);

/** One wire item as the batch keeps it, whatever it came in (a zip's file, a JSONL line, a paste). */
export const ingestItemSchema = z.object({
  text: safeText(MAX_ITEM_CHARS, "The text", { trim: false }).refine((text) => text.trim().length > 0, "The text is empty."),
  outlet: safeText(200, "The outlet").pipe(z.string().min(1, "Name the outlet.")),
  url: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.url({ protocol: /^https?$/, error: "Give a web address starting with http:// or https://." }).max(2000).optional(),
  ),
  published: publishedSchema,
  label: safeText(200, "The label").pipe(z.string().min(1)),
});

export type IngestItemInput = z.infer<typeof ingestItemSchema>;

/** A JSONL line: {text, outlet, url, published}. */
export const jsonlLineSchema = z.object({
  text: z.string(),
  outlet: z.string().optional(),
  url: z.string().optional().nullable(),
  published: z.string().optional().nullable(),
});

/** The upload form's own fields (the items come from its file or its pasted text). */
export const ingestUploadSchema = z.object({
  name: safeText(120, "The batch's name").pipe(z.string().min(1, "Name the batch, e.g. “Wire, 2 April”.")),
  outlet: z.preprocess((value) => (typeof value === "string" && value.trim() ? value : DEFAULT_OUTLET), safeText(200, "The outlet")),
  published: publishedSchema,
  pasted: z.string().max(8 * 1024 * 1024).default(""),
});

export type IngestUpload = z.infer<typeof ingestUploadSchema>;
