import { Prisma } from "@/lib/generated/prisma/client";
import { formatMeetingDate, toIsoDay, type MeetingListItem } from "@/lib/meetings/dto";

/** What one table row reads: the columns and the first few leads, countries, topics and tags. */
export const listSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  date: true,
  datePrecision: true,
  updatedAt: true,
  deletedAt: true,
  countries: {
    select: { countryCode: true, side: true, country: { select: { name: true } } },
    orderBy: [{ side: "asc" }, { countryCode: "asc" }],
  },
  participations: {
    select: { isDelegationLead: true, countryCode: true, person: { select: { id: true, name: true } } },
    orderBy: [{ isDelegationLead: "desc" }, { position: "asc" }],
    take: 4,
  },
  topics: { select: { topic: { select: { id: true, name: true } } }, orderBy: { topic: { name: "asc" } }, take: 4 },
  tags: { select: { tag: { select: { id: true, name: true } } }, orderBy: { tag: { name: "asc" } }, take: 6 },
} satisfies Prisma.MeetingSelect;

export type ListRow = Prisma.MeetingGetPayload<{ select: typeof listSelect }>;

export function toListItem(row: ListRow): MeetingListItem {
  const leads = row.participations.some((p) => p.isDelegationLead)
    ? row.participations.filter((p) => p.isDelegationLead)
    : row.participations.slice(0, 2);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    date: toIsoDay(row.date),
    dateLabel: formatMeetingDate(row.date, row.datePrecision),
    countries: row.countries.map((c) => ({ code: c.countryCode, name: c.country.name, side: c.side })),
    leads: leads.map((p) => ({ personId: p.person.id, name: p.person.name, countryCode: p.countryCode })),
    tags: row.tags.map((t) => t.tag),
    topics: row.topics.map((t) => t.topic),
    updatedAt: row.updatedAt.toISOString(),
    deleted: row.deletedAt !== null,
  };
}
