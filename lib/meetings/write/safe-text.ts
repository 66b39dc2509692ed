import { z } from "zod";

// A NUL pasted from a PDF makes PostgreSQL refuse the whole row; a lone surrogate is not text
// at all. Both are refused with a message beside the field instead of failing the save.
const NUL = /\u0000/;
// Other control characters (tab, line and page breaks aside) mean nothing in a record, and each
// takes six bytes as JSON: allowed, they made the largest valid record 146 MB (lib/forms/body-limit.ts).
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored, or null when it can. */
export function unsafeTextProblem(value: string): string | null {
  if (NUL.test(value)) return "contains a NUL character (often pasted from a PDF): remove it and try again.";
  if (LONE_SURROGATE.test(value)) return "contains a broken character: paste it again from the original.";
  if (CONTROL.test(value)) return "contains an invisible control character (often pasted from a word processor or PDF): remove it and try again.";
  return null;
}

/** Marks a schema as free text a user writes: the hostile-input tests find every such field by it. */
export const FREE_TEXT = "parley:free-text";

/** A text field: trimmed (unless told not to), at most `max` characters, no NUL or lone surrogates. */
export function safeText(max: number, label: string, options: { trim?: boolean } = {}) {
  const base = options.trim === false ? z.string() : z.string().trim();
  return base
    .max(max, `${label} must be ${max.toLocaleString("en")} characters or fewer.`)
    .superRefine((value, context) => {
      const problem = unsafeTextProblem(value);
      if (problem) context.addIssue({ code: "custom", message: `${label} ${problem}` });
    })
    .describe(FREE_TEXT);
}
