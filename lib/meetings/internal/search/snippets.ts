import { Prisma } from "@/lib/generated/prisma/client";

/** Marks around a matched word in a snippet; control characters cannot occur in typed text. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/**
 * A short passage of a row's summary and outcome with the matched words marked, as a column of
 * the page statement: for the visible page only (ts_headline reparses the text, so it is never
 * run in bulk). Without a search, no snippet.
 */
export function snippetColumn(q: string | null): Prisma.Sql {
  if (!q) return Prisma.sql`NULL::text AS "snippet"`;
  return Prisma.sql`ts_headline('parley', concat_ws(' — ', nullif(m."summary", ''), nullif(m."outcome", '')),
      websearch_to_tsquery('parley', ${q}),
      'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'
    ) AS "snippet"`;
}
