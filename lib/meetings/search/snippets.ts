import { Prisma } from "@/lib/generated/prisma/client";

/** Marks around a matched word in a snippet; control characters cannot occur in typed text. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/**
 * A short passage of each visible meeting's title, summary and outcome with the matched words
 * marked, for the visible page only (ts_headline reparses the text, so it is never run in bulk).
 */
export async function selectSnippets(tx: Prisma.TransactionClient, ids: string[], q: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ meetingId: string; snippet: string }[]>`
    SELECT m."id"::text AS "meetingId",
      ts_headline('parley', concat_ws(' — ', nullif(m."summary", ''), nullif(m."outcome", '')),
        websearch_to_tsquery('parley', ${q}),
        'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'
      ) AS "snippet"
    FROM "Meeting" m WHERE m."id" = ANY(CAST(${ids} AS uuid[]))`;
  return new Map(rows.filter((row) => row.snippet.includes(MATCH_START)).map((row) => [row.meetingId, row.snippet]));
}
