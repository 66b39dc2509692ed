import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { currentIds, findTagIdsBySlug, normalise, recordPersonAliases } from "@/lib/meetings/internal/write/resolve-entities";
import { matchOrganizationsByName, matchPeopleByName } from "@/lib/meetings/write/entity-matches";
import type { MeetingRecord, RecordParticipant } from "@/lib/meetings/write/record-schema";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { meetingColumns, parseMeetingRecord } from "@/lib/meetings/write/write-meeting";
import { statusAfterSave, statusChangeNote, type ReviewRule } from "@/lib/review/status-rule";

type Tx = Prisma.TransactionClient;

/** One meeting to create: its whole record, and why it is created (an import's file and row). */
export interface NewMeeting {
  record: unknown;
  note?: string;
}

/** What became of each new meeting, in order: its id, or why it was refused (nothing of it written). */
export type CreatedMeeting = { ok: true; id: string } | { ok: false; error: AppError };

export interface CreateMeetingsOptions {
  /** The review rule: each new meeting's status is settled by it, as `settleStatusInUnit` settles a create. */
  reviewRule?: ReviewRule;
  /**
   * A new person who turns out to have exactly one namesake (created a moment ago by a colleague
   * or another batch): "refuse" as the form does, or "link-one" to link them, as a batch that
   * planned again a moment later would.
   */
  namesakes?: "refuse" | "link-one";
}

/** UUIDv7 (time-ordered, as the schema's default): the ids are known before the rows are written. */
export function newUuidV7(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const invalid = (fieldErrors: Record<string, string[]>) => new AppError("validation", "Some fields need attention.", { fieldErrors });
const UNKNOWN_COUNTRY = "This is not a country Parley knows.";

/** Serialises creators of same-named people or organisations (resolve-entities.ts), all names in one statement, in sorted order. */
async function lockNames(tx: Tx, entity: "person" | "organization", names: string[]): Promise<void> {
  const keys = [...new Set(names.map((name) => `${entity}:${normalise(name)}`))].sort();
  if (keys.length === 0) return;
  await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))::int AS "n" FROM unnest(${keys}::text[]) WITH ORDINALITY AS u(k, o)`;
}

/**
 * Creates many meetings in the unit, set-wise: one statement per table for all of them (people,
 * organisations, tags, meetings, countries, participations), names resolved for all at once by the
 * write path's own matching, and each meeting recorded as created with its `note` (the unit then
 * refreshes their search rows and writes their revisions in one statement each, as for one).
 * A record the form would refuse (its schema, an unknown country, a namesake) is refused alone,
 * with the same field errors: nothing of it is written and the others go on. Records name no
 * sources or evidence (an import's do not); those are saved by `writeMeetingRecord`.
 * Within one call, records naming the same new person (or organisation) by the same name and
 * country create one, as saving them one after the other would link the later ones to it.
 */
export async function createMeetings(unit: MeetingUnitOfWork, meetings: NewMeeting[], options: CreateMeetingsOptions = {}): Promise<CreatedMeeting[]> {
  const { tx, actorId } = unit;
  const results: (CreatedMeeting | null)[] = meetings.map(() => null);
  const records: (MeetingRecord | null)[] = meetings.map((meeting, i) => {
    try {
      const record = parseMeetingRecord(meeting.record);
      if (record.sources.length > 0 || record.evidence.length > 0) throw new Error("createMeetings takes records without sources or evidence: save those with writeMeetingRecord.");
      return record;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results[i] = { ok: false, error };
      return null;
    }
  });
  const refuse = (i: number, errors: Record<string, string[]>) => {
    results[i] = { ok: false, error: invalid(errors) };
    records[i] = null;
  };
  const live = () => records.flatMap((record, i) => (record ? [{ record, i }] : []));

  await checkReferences(tx, live(), refuse);
  const people = await resolvePeopleOfAll(tx, live(), options.namesakes ?? "refuse", refuse);
  const organizations = await resolveOrganizationsOfAll(tx, live(), refuse);
  const chosen = live();
  if (chosen.length === 0) return results as CreatedMeeting[];

  // Only now is it known which records are created: write the new people and organisations they use.
  const used = new Set(chosen.flatMap(({ i }) => [...people.ids.get(i)!, ...organizations.ids.get(i)!]));
  const newPeople = people.created.filter((p) => used.has(p.id));
  if (newPeople.length > 0) await tx.person.createMany({ data: newPeople });
  const newOrganizations = organizations.created.filter((o) => used.has(o.id));
  if (newOrganizations.length > 0) await tx.organization.createMany({ data: newOrganizations });
  const spellings = chosen.flatMap(({ record, i }) => record.participants.flatMap((p, n) => (people.linkedRows.has(`${i}:${n}`) ? [{ p: { ...p, personId: people.ids.get(i)![n]! }, id: people.ids.get(i)![n]! }] : [])));
  spellings.sort((a, b) => (a.id === b.id ? (a.p.name < b.p.name ? -1 : 1) : a.id < b.id ? -1 : 1));
  const gained = await recordPersonAliases(tx, spellings.map((s) => s.p), spellings.map((s) => s.id), null);
  await unit.reindexMeetingsOfPeople(gained);
  const tagIds = await resolveTagsOfAll(tx, chosen.map(({ record }) => record.tags), actorId);

  const rule = options.reviewRule;
  const ids = chosen.map(() => newUuidV7());
  const settled = chosen.map(({ record }): MeetingStatus => (rule ? statusAfterSave({ before: null, requested: record.status, rule, tagsOnly: false }) : record.status));
  // One INSERT … SELECT FROM unnest: one array a column, however many meetings (createMany sends a parameter a value).
  const rows = chosen.map(({ record }, n) => ({ ...meetingColumns(record, actorId), status: settled[n]!, id: ids[n]! }));
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  await tx.$executeRaw`
    INSERT INTO "Meeting" ("id", "title", "kind", "status", "date", "datePrecision", "place", "locationCountryCode", "summary", "outcome", "createdById", "updatedById")
    SELECT m."id", m."title", m."kind"::"MeetingKind", m."status"::"MeetingStatus", m."date", m."datePrecision"::"DatePrecision", m."place", m."country", m."summary", m."outcome", ${actorId}, ${actorId}
    FROM unnest(${column("id")}::uuid[], ${column("title")}::text[], ${column("kind")}::text[], ${column("status")}::text[], ${rows.map((row) => row.date.toISOString().slice(0, 10))}::date[],
                ${column("datePrecision")}::text[], ${column("place")}::text[], ${column("locationCountryCode")}::text[], ${column("summary")}::text[], ${column("outcome")}::text[])
      AS m("id", "title", "kind", "status", "date", "datePrecision", "place", "country", "summary", "outcome")`;
  const countries = chosen.flatMap(({ record }, n) => record.countries.map((c) => ({ meetingId: ids[n]!, countryCode: c.countryCode, side: c.side ?? null })));
  await tx.$executeRaw`
    INSERT INTO "MeetingCountry" ("meetingId", "countryCode", "side")
    SELECT x."meetingId", x."countryCode", x."side"::"Side"
    FROM unnest(${countries.map((c) => c.meetingId)}::uuid[], ${countries.map((c) => c.countryCode)}::text[], ${countries.map((c) => c.side)}::text[]) AS x("meetingId", "countryCode", "side")`;
  const participations = chosen.flatMap(({ record, i }, n) =>
    record.participants.map((p, position) => ({
      meetingId: ids[n]!,
      personId: people.ids.get(i)![position]!,
      organizationId: organizations.ids.get(i)![position] ?? null,
      countryCode: p.countryCode ?? null,
      title: p.title,
      side: p.side ?? null,
      isDelegationLead: p.isDelegationLead,
      position,
    })),
  );
  if (participations.length > 0) {
    const of = <K extends keyof (typeof participations)[number]>(key: K) => participations.map((row) => row[key]);
    await tx.$executeRaw`
      INSERT INTO "Participation" ("id", "meetingId", "personId", "organizationId", "countryCode", "title", "side", "isDelegationLead", "position")
      SELECT (${participations.map(() => newUuidV7())}::uuid[])[x.n], x."meetingId", x."personId", x."organizationId", x."countryCode", x."title", x."side"::"Side", x."lead", x."position"
      FROM unnest(${of("meetingId")}::uuid[], ${of("personId")}::uuid[], ${of("organizationId")}::uuid[], ${of("countryCode")}::text[], ${of("title")}::text[], ${of("side")}::text[], ${of("isDelegationLead")}::boolean[], ${of("position")}::int[])
        WITH ORDINALITY AS x("meetingId", "personId", "organizationId", "countryCode", "title", "side", "lead", "position", n)`;
  }
  const topics = chosen.flatMap(({ record }, n) => record.topicIds.map((topicId) => ({ meetingId: ids[n]!, topicId })));
  if (topics.length > 0) await tx.meetingTopic.createMany({ data: topics });
  const tags = chosen.flatMap((_, n) => tagIds[n]!.map((tagId) => ({ meetingId: ids[n]!, tagId, createdById: actorId })));
  if (tags.length > 0) await tx.meetingTag.createMany({ data: tags });

  chosen.forEach(({ record, i }, n) => {
    unit.created(ids[n]!, meetings[i]!.note);
    // As settleStatusInUnit says it after a create: the import's note first, then the rule's.
    const why = statusChangeNote(record.status, settled[n]!);
    if (why) unit.changed(ids[n]!, "CREATE", why);
    results[i] = { ok: true, id: ids[n]! };
  });
  return results as CreatedMeeting[];
}

type Live = { record: MeetingRecord; i: number }[];
type Refuse = (i: number, errors: Record<string, string[]>) => void;

/** Countries and topics must exist (as checkReferences in write-meeting.ts says it), for all records in two statements. */
async function checkReferences(tx: Tx, live: Live, refuse: Refuse): Promise<void> {
  const codes = new Set<string>();
  const topicIds = new Set<string>();
  for (const { record } of live) {
    for (const c of record.countries) codes.add(c.countryCode);
    for (const p of record.participants) if (p.countryCode) codes.add(p.countryCode);
    if (record.locationCountryCode) codes.add(record.locationCountryCode);
    for (const id of record.topicIds) topicIds.add(id);
  }
  const known = new Set((await tx.country.findMany({ where: { code: { in: [...codes] } }, select: { code: true } })).map((c) => c.code));
  const topics = topicIds.size > 0 ? new Set((await tx.topic.findMany({ where: { id: { in: [...topicIds] } }, select: { id: true } })).map((t) => t.id)) : new Set<string>();
  for (const { record, i } of live) {
    const errors: Record<string, string[]> = {};
    record.countries.forEach((c, n) => {
      if (!known.has(c.countryCode)) errors[`countries.${n}.countryCode`] = [UNKNOWN_COUNTRY];
    });
    record.participants.forEach((p, n) => {
      if (p.countryCode && !known.has(p.countryCode)) errors[`participants.${n}.countryCode`] = [UNKNOWN_COUNTRY];
    });
    if (record.locationCountryCode && !known.has(record.locationCountryCode)) errors.locationCountryCode = [UNKNOWN_COUNTRY];
    if (record.topicIds.some((id) => !topics.has(id))) errors.topicIds = ["Choose topics from the list."];
    if (Object.keys(errors).length > 0) refuse(i, errors);
  }
}

type NewPerson = { id: string; name: string; countryCode: string | null };

/**
 * Every record's participants as person ids (new ones' ids made here, written later by the
 * caller), in four statements for all: links followed through merges, the new names locked and
 * matched against everyone in Parley.
 */
async function resolvePeopleOfAll(tx: Tx, live: Live, namesakes: "refuse" | "link-one", refuse: Refuse) {
  const ids = new Map<number, string[]>();
  const linkedRows = new Set<string>();
  const linked = await currentIds(tx, "Person", live.flatMap(({ record }) => record.participants.flatMap((p) => (p.personId ? [p.personId] : []))));
  const toCreate = live.flatMap(({ record, i }) => record.participants.flatMap((p, n) => (p.personId ? [] : [{ p, i, n }])));
  await lockNames(tx, "person", toCreate.map(({ p }) => p.name));
  const matches = await matchPeopleByName(tx, toCreate.map(({ p }) => ({ name: p.name, countryCode: p.countryCode })));
  const errors = new Map<number, Record<string, string[]>>();
  const fail = (i: number, field: string, message: string) => errors.set(i, { ...errors.get(i), [field]: [message] });
  for (const { record, i } of live) {
    ids.set(i, record.participants.map(() => ""));
    record.participants.forEach((p, n) => {
      if (!p.personId) return;
      const id = linked.get(p.personId);
      if (!id) fail(i, `participants.${n}.personId`, "This person no longer exists: choose again.");
      else {
        ids.get(i)![n] = id;
        linkedRows.add(`${i}:${n}`);
      }
    });
  }
  const created: NewPerson[] = [];
  const byName = new Map<string, string>();
  toCreate.forEach(({ p, i, n }, k) => {
    const found = matches[k]!;
    if (found.length > 0 && !p.allowNamesake) {
      if (namesakes === "link-one" && found.length === 1) {
        ids.get(i)![n] = found[0]!.id;
        linkedRows.add(`${i}:${n}`);
      } else fail(i, `participants.${n}.personId`, `Someone named “${p.name}” is already in Parley: choose them from the list, or confirm that this is a different person.`);
      return;
    }
    const key = `${normalise(p.name)}|${p.countryCode ?? ""}`;
    let id = p.allowNamesake ? undefined : byName.get(key);
    if (!id) {
      id = newUuidV7();
      created.push({ id, name: p.name, countryCode: p.countryCode ?? null });
      if (!p.allowNamesake) byName.set(key, id);
    }
    ids.get(i)![n] = id;
  });
  for (const { i } of live) {
    const seen = new Map<string, number>();
    ids.get(i)!.forEach((id, n) => {
      const earlier = seen.get(id);
      if (id && earlier !== undefined) fail(i, `participants.${n}.personId`, `This is the same person as participant ${earlier + 1}.`);
      if (!seen.has(id)) seen.set(id, n);
    });
  }
  for (const [i, fieldErrors] of errors) refuse(i, fieldErrors);
  return { ids, linkedRows, created };
}

/** Every record's participants' organisations (null: none), in three statements for all; new ones made once per name and country. */
async function resolveOrganizationsOfAll(tx: Tx, live: Live, refuse: Refuse) {
  const ids = new Map<number, (string | null)[]>();
  const linked = await currentIds(tx, "Organization", live.flatMap(({ record }) => record.participants.flatMap((p) => (p.organizationId ? [p.organizationId] : []))));
  const named = live.flatMap(({ record, i }) => record.participants.flatMap((p: RecordParticipant, n) => (!p.organizationId && p.organization ? [{ p, i, n }] : [])));
  await lockNames(tx, "organization", named.map(({ p }) => p.organization));
  const found = await matchOrganizationsByName(tx, named.map(({ p }) => ({ name: p.organization, countryCode: p.countryCode })));
  for (const { record, i } of live) {
    ids.set(i, record.participants.map((p) => (p.organizationId ? (linked.get(p.organizationId) ?? null) : null)));
    const gone = record.participants.flatMap((p, n) => (p.organizationId && !linked.has(p.organizationId) ? [n] : []));
    if (gone.length > 0) refuse(i, Object.fromEntries(gone.map((n) => [`participants.${n}.organizationId`, ["This organisation no longer exists: choose again."]])));
  }
  const created: NewPerson[] = [];
  const byName = new Map<string, string>();
  named.forEach(({ p, i, n }, k) => {
    const key = `${normalise(p.organization)}|${p.countryCode ?? ""}`;
    let id = found[k]![0]?.id ?? byName.get(key);
    if (!id) {
      id = newUuidV7();
      created.push({ id, name: p.organization, countryCode: p.countryCode ?? null });
      byName.set(key, id);
    }
    ids.get(i)![n] = id;
  });
  return { ids, created };
}

/** Each record's tag ids (as resolveTags gives them: by slug, following renames and merges), in at most three statements for all. */
async function resolveTagsOfAll(tx: Tx, names: string[][], actorId: string | null): Promise<string[][]> {
  const bySlug = new Map<string, string>();
  for (const name of names.flat()) {
    const slug = tagSlug(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name.normalize("NFC").trim());
  }
  if (bySlug.size === 0) return names.map(() => []);
  const ids = await findTagIdsBySlug(tx, [...bySlug.keys()]);
  const missing = [...bySlug].filter(([slug]) => !ids.has(slug));
  if (missing.length > 0) {
    await tx.tag.createMany({ data: missing.map(([slug, name]) => ({ slug, name, createdById: actorId })), skipDuplicates: true });
    for (const [slug, id] of await findTagIdsBySlug(tx, missing.map(([slug]) => slug))) ids.set(slug, id);
  }
  return names.map((list) => [...new Set(list.flatMap((name) => ids.get(tagSlug(name)) ?? []))]);
}
