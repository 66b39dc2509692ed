import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportMapping } from "@/lib/import/mapping";
import { readRow, type RowCandidate } from "@/lib/import/read-row";
import { matchOrganizationsByName, matchPeopleByName, type OrganizationMatch, type PersonMatch } from "@/lib/meetings/write/entity-matches";

type Tx = Prisma.TransactionClient;

export interface StagedRow {
  rowNumber: number;
  cells: string[];
}

/** Who the row's leader becomes: someone in Parley (perhaps through a spelling), a new person, or the one an earlier row creates. */
export type PersonPlan =
  | { action: "link"; id: string; name: string; spelling: string | null }
  | { action: "create"; name: string }
  | { action: "earlier-row"; name: string; rowNumber: number };
export type OrganizationPlan = { action: "link"; id: string; name: string; via: OrganizationMatch["via"] } | { action: "create"; name: string } | { action: "earlier-row"; name: string; rowNumber: number };

/** What one row would do (the dry run) or is about to do (the run). */
export type RowPlan =
  | { action: "REFUSE"; reason: string }
  | { action: "EXISTS"; reason: string; meetingId: string | null; key: string }
  | { action: "CREATE"; key: string; candidate: RowCandidate; person: PersonPlan | null; organization: OrganizationPlan | null };

/**
 * What the dry run remembers from earlier rows of the same file: the meetings and people it would
 * create. The run needs none of it: what earlier rows created is in the database by then.
 */
export interface PlanMemory {
  keys: Map<string, number>;
  people: Map<string, number>;
  organizations: Map<string, number>;
}
export const emptyMemory = (): PlanMemory => ({ keys: new Map(), people: new Map(), organizations: new Map() });

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
export const entityKey = (name: string, country: string | null | undefined) => `${fold(name)}|${country ?? ""}`;

/** Meetings earlier imports created from rows with these content keys. */
async function importedMeetings(tx: Tx, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ key: string; meetingId: string }[]>`
    SELECT "key", "meetingId"::text AS "meetingId" FROM "ImportedMeeting" WHERE "key" = ANY(${keys}::text[])`;
  return new Map(rows.map((row) => [row.key, row.meetingId]));
}

/**
 * Live meetings already recorded (by hand or otherwise) on the row's day, with its leader taking
 * part, in the country visited: the row is that meeting, and is not created again.
 */
async function recordedMeetings(tx: Tx, asked: { ord: number; date: string; personId: string; countryCode: string }[]): Promise<Map<number, string>> {
  if (asked.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ ord: number; id: string }[]>`
    SELECT x.ord, m."id"::text AS "id"
    FROM unnest(${asked.map((a) => a.ord)}::int[], ${asked.map((a) => a.date)}::date[], ${asked.map((a) => a.personId)}::uuid[], ${asked.map((a) => a.countryCode)}::text[]) AS x(ord, "date", "personId", "countryCode")
    JOIN LATERAL (
      SELECT m."id" FROM "Participation" p JOIN "Meeting" m ON m."id" = p."meetingId"
      WHERE p."personId" = x."personId" AND m."date" = x."date" AND m."deletedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "MeetingCountry" c WHERE c."meetingId" = m."id" AND c."countryCode" = x."countryCode")
      ORDER BY m."id" LIMIT 1
    ) m ON true`;
  return new Map(rows.map((row) => [row.ord, row.id]));
}

function personPlan(candidate: RowCandidate, matches: PersonMatch[], memory: PlanMemory, rowNumber: number): PersonPlan | { refuse: string } | null {
  const leader = candidate.leader;
  if (!leader) return null;
  if (matches.length > 1) {
    const names = matches.slice(0, 3).map((m) => `“${m.name}”`).join(", ");
    return { refuse: `Leader: ${matches.length} people in Parley go by “${leader.name}” (${names}): record this meeting in the form and choose one.` };
  }
  const [match] = matches;
  if (match) return { action: "link", id: match.id, name: match.name, spelling: fold(match.name) === fold(leader.name) ? null : leader.name };
  const key = entityKey(leader.name, leader.countryCode);
  const earlier = memory.people.get(key);
  if (earlier !== undefined) return { action: "earlier-row", name: leader.name, rowNumber: earlier };
  memory.people.set(key, rowNumber);
  return { action: "create", name: leader.name };
}

function organizationPlan(candidate: RowCandidate, matches: OrganizationMatch[] | undefined, memory: PlanMemory, rowNumber: number): OrganizationPlan | null {
  const participant = candidate.record.participants[0];
  const name = participant?.organization;
  if (!name || !matches) return null;
  const [match] = matches;
  if (match) return { action: "link", id: match.id, name: match.name, via: match.via };
  const key = entityKey(name, participant.countryCode);
  const earlier = memory.organizations.get(key);
  if (earlier !== undefined) return { action: "earlier-row", name, rowNumber: earlier };
  memory.organizations.set(key, rowNumber);
  return { action: "create", name };
}

/**
 * What each row would do, in the file's order, in four statements for the whole batch: read with
 * the record's own schema; linked to a meeting an earlier import created from the same content, or
 * to one already recorded; its leader and organisation matched by the write path's own matching
 * (lib/meetings/write/entity-matches.ts: names, spellings, acronyms); refused with the reason.
 * Reads only: the dry run and the run (one row at a time, just before writing it) share it.
 */
export async function planRows(tx: Tx, rows: StagedRow[], mapping: ImportMapping, memory: PlanMemory, options: { organizations?: boolean } = {}): Promise<RowPlan[]> {
  const readings = rows.map((row) => readRow(row.cells, mapping));
  const candidates = readings.flatMap((reading, ord) => (reading.ok ? [{ ord, candidate: reading.candidate }] : []));
  const imported = await importedMeetings(tx, [...new Set(candidates.map((c) => c.candidate.key))]);
  const withLeader = candidates.filter((c) => c.candidate.leader);
  const people = await matchPeopleByName(tx, withLeader.map((c) => c.candidate.leader!));
  const personMatches = new Map(withLeader.map((c, n) => [c.ord, people[n]!]));
  const withOrganization = options.organizations === false ? [] : candidates.filter((c) => c.candidate.record.participants[0]?.organization);
  const organizations = await matchOrganizationsByName(tx, withOrganization.map((c) => ({ name: c.candidate.record.participants[0]!.organization!, countryCode: c.candidate.leader?.countryCode })));
  const organizationMatches = new Map(withOrganization.map((c, n) => [c.ord, organizations[n]!]));
  const recorded = await recordedMeetings(
    tx,
    candidates.flatMap(({ ord, candidate }) => {
      const matches = personMatches.get(ord);
      return matches?.length === 1 ? [{ ord, date: candidate.record.date, personId: matches[0]!.id, countryCode: candidate.record.locationCountryCode! }] : [];
    }),
  );

  return readings.map((reading, ord): RowPlan => {
    if (!reading.ok) return { action: "REFUSE", reason: reading.reason };
    const { candidate } = reading;
    const rowNumber = rows[ord]!.rowNumber;
    const importedAs = imported.get(candidate.key);
    if (importedAs) return { action: "EXISTS", reason: "Imported before: the same date, leader, place and title.", meetingId: importedAs, key: candidate.key };
    const sameAs = memory.keys.get(candidate.key);
    if (sameAs !== undefined) return { action: "EXISTS", reason: `The same meeting as row ${sameAs}.`, meetingId: null, key: candidate.key };
    const person = personPlan(candidate, personMatches.get(ord) ?? [], memory, rowNumber);
    if (person && "refuse" in person) return { action: "REFUSE", reason: person.refuse };
    const recordedAs = recorded.get(ord);
    if (recordedAs) return { action: "EXISTS", reason: "Already recorded: a meeting that day with this leader in this country.", meetingId: recordedAs, key: candidate.key };
    memory.keys.set(candidate.key, rowNumber);
    return { action: "CREATE", key: candidate.key, candidate, person, organization: organizationPlan(candidate, organizationMatches.get(ord), memory, rowNumber) };
  });
}
