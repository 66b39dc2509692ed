import { formatMeetingDate, toIsoDay, type MeetingSearchItem } from "@/lib/meetings/dto";
import { MATCH_START } from "@/lib/meetings/internal/search/snippets";
import type { PageRow } from "@/lib/meetings/internal/search/page-statement";

/** One table row from the page statement's row (page-statement.ts). */
export function toListItem(row: PageRow & { id: string }): MeetingSearchItem {
  const leads = row.participants.some((p) => p.lead) ? row.participants.filter((p) => p.lead) : row.participants.slice(0, 2);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    date: toIsoDay(row.date),
    dateLabel: formatMeetingDate(row.date, row.datePrecision),
    countries: row.countries,
    leads: leads.map((p) => ({ personId: p.personId, name: p.name, countryCode: p.countryCode })),
    tags: row.tags,
    topics: row.topics,
    updatedAt: row.updatedAt.toISOString(),
    deleted: row.deletedAt !== null,
    // ts_headline returns the text unmarked when the match is elsewhere (a source, a name).
    snippet: row.snippet?.includes(MATCH_START) ? row.snippet : null,
  };
}
