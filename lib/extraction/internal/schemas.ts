import { z } from "zod";

/** Wire items are a few KB; a pasted page is cut before it reaches the server. */
export const MAX_EXTRACTION_TEXT_CHARS = 200_000;

/** What the form sends to get suggestions: the pasted text and the source's published date. */
export const extractionRequestSchema = z.object({
  text: z
    .string({ error: "Paste the wire text first." })
    .trim()
    .min(1, "Paste the wire text first.")
    .max(MAX_EXTRACTION_TEXT_CHARS, `The text is too long for suggestions: at most ${MAX_EXTRACTION_TEXT_CHARS.toLocaleString("en")} characters.`),
  publishedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the published date as YYYY-MM-DD.")
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "This is not a date.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type ExtractionRequestInput = z.infer<typeof extractionRequestSchema>;
