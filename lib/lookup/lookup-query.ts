import { z } from "zod";

/** What a type-ahead sends: a few characters, trimmed; longer input is cut, not refused. */
export const lookupQuerySchema = z
  .string()
  .transform((q) => q.replace(/[\u0000-\u001f]/g, " ").trim().slice(0, 100));

export const LOOKUP_LIMIT = 10;

/** A query for LIKE: its wildcards taken literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One choice in a picker: enough to tell two namesakes apart. */
export interface LookupOption {
  id: string;
  label: string;
  /** Title, country, last meeting — or the alias that matched. */
  hint: string;
}
