import { AppError } from "@/lib/errors";
import type { Prisma, RevisionAction } from "@/lib/generated/prisma/client";
import { meetingRecordSchema, toFieldErrors, type MeetingRecord, type RecordEvidence } from "@/lib/meetings/write/record-schema";
import { resolveOrganizations, resolvePeople, resolveTags } from "@/lib/meetings/internal/write/resolve-entities";
import type { MeetingSnapshot } from "@/lib/meetings/write/snapshot";
import { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

type Tx = Prisma.TransactionClient;

export interface MeetingWrite {
  /** Who saves; recorded on the meeting and its revision. Null for the first-run seed. */
  actorId: string | null;
  /** The meeting to change; absent to create one. */
  meetingId?: string;
  /** The version the record was read at. A mismatch is a conflict: nothing is written. */
  expectedVersion?: number;
  /** The whole record (validated again here, whoever built it). */
  record: unknown;
  action?: Extract<RevisionAction, "CREATE" | "UPDATE" | "RESTORE">;
  /** Restores may bring back a source under its old id; forms may only name the meeting's own. */
  allowSourceRecreation?: boolean;
}

/** Parses a record, turning every problem into field errors beside the form's fields. */
export function parseMeetingRecord(input: unknown): MeetingRecord {
  const parsed = meetingRecordSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation", "Some fields need attention.", { fieldErrors: toFieldErrors(parsed.error) });
  }
  return parsed.data;
}

/**
 * A whole record saved in its own unit of work, in the caller's transaction; returns the id and
 * new version. "unsafe": it does not check the caller. For the seed and the test factories; guarded
 * data functions (mutations.ts) use `writeMeetingRecord` inside `runMeetingWork`.
 */
export async function unsafeWriteMeeting(tx: Tx, write: MeetingWrite): Promise<{ id: string; version: number }> {
  const unit = new MeetingUnitOfWork(tx, write.actorId);
  const id = await writeMeetingRecord(unit, write);
  await unit.finish();
  return { id, version: unit.versionOf(id) };
}

/**
 * The one write of a meeting's record. Locks the meeting (through the unit), checks the version it
 * was read at, and writes every row of the record: fields, countries, participants with their
 * people and organisations, topics, tags, sources, evidence. The unit then bumps the version,
 * refreshes the search rows (of this meeting, and of every meeting of a person who gained a
 * spelling here) and records the revision. Returns the meeting's id.
 */
export async function writeMeetingRecord(unit: MeetingUnitOfWork, write: Omit<MeetingWrite, "actorId">): Promise<string> {
  const tx = unit.tx;
  const record = parseMeetingRecord(write.record);
  const before = write.meetingId
    ? await unit.lock(write.meetingId, { expectedVersion: versionRead(write), deleted: write.action === "RESTORE" ? "allow" : "refuse" })
    : null;
  await checkReferences(tx, record);

  const meetingFields = meetingColumns(record, unit.actorId);
  const meeting = before
    ? await tx.meeting.update({ where: { id: before.id }, data: { ...meetingFields, deletedAt: null, deletedById: null }, select: { id: true } })
    : await tx.meeting.create({ data: { ...meetingFields, createdById: unit.actorId }, select: { id: true } });
  if (before) unit.changed(meeting.id, write.action ?? "UPDATE");
  else unit.created(meeting.id);

  const sourceIds = await writeSources(tx, meeting.id, record, before, write, unit.actorId);
  const { personIds, gainedSpellings } = await resolvePeople(tx, record.participants, sourceIds[0] ?? null);
  // A spelling recorded here belongs to the person: every meeting of theirs is found by it now.
  await unit.reindexMeetingsOfPeople(gainedSpellings);
  const organizationIds = await resolveOrganizations(tx, record.participants);
  const tagIds = await resolveTags(tx, record.tags, unit.actorId);

  // Links are replaced whole: the record is the truth, and the revision keeps what was there. A
  // meeting created here has none yet: skipping the deletes saves an import a third of its statements.
  if (before) {
    await tx.meetingCountry.deleteMany({ where: { meetingId: meeting.id } });
    await tx.participation.deleteMany({ where: { meetingId: meeting.id } });
    await tx.meetingTopic.deleteMany({ where: { meetingId: meeting.id } });
    await tx.evidence.deleteMany({ where: { meetingId: meeting.id } });
  }
  await replaceTags(tx, meeting.id, tagIds, unit.actorId);

  await tx.meetingCountry.createMany({
    data: record.countries.map((c) => ({ meetingId: meeting.id, countryCode: c.countryCode, side: c.side ?? null })),
  });
  const participations = await tx.participation.createManyAndReturn({
    data: record.participants.map((p, position) => ({
      meetingId: meeting.id,
      personId: personIds[position]!,
      organizationId: organizationIds[position] ?? null,
      countryCode: p.countryCode ?? null,
      title: p.title,
      side: p.side ?? null,
      isDelegationLead: p.isDelegationLead,
      position,
    })),
    select: { id: true, position: true },
  });
  checkDistinctPeople(personIds);
  const participationIds = participations.sort((a, b) => a.position - b.position).map((p) => p.id);
  if (record.topicIds.length > 0) {
    await tx.meetingTopic.createMany({ data: record.topicIds.map((topicId) => ({ meetingId: meeting.id, topicId })) });
  }
  if (record.evidence.length > 0) {
    await tx.evidence.createMany({
      data: record.evidence.map((span) => ({
        meetingId: meeting.id,
        sourceId: sourceIds[span.sourceIndex]!,
        startOffset: span.start,
        endOffset: span.end,
        quote: span.quote,
        createdById: unit.actorId,
        ...evidenceColumns(span, participationIds, personIds, organizationIds),
      })),
    });
  }

  return meeting.id;
}

/** The meeting row's own columns as a record gives them (the form's save and the set-wise create). */
export function meetingColumns(record: MeetingRecord, actorId: string | null) {
  return {
    title: record.title,
    kind: record.kind,
    status: record.status,
    date: new Date(`${record.date}T00:00:00Z`),
    datePrecision: record.datePrecision,
    place: record.place || null,
    locationCountryCode: record.locationCountryCode ?? null,
    summary: record.summary,
    outcome: record.outcome,
    updatedById: actorId,
  };
}

/** A save of a meeting that exists names the version it was read at: nothing overwrites unseen. */
function versionRead(write: Pick<MeetingWrite, "expectedVersion">): number {
  if (write.expectedVersion === undefined) throw new AppError("validation", "The form is missing the version it was opened at: reload the page.");
  return write.expectedVersion;
}

/** Countries and topics must exist; say which field is wrong rather than fail on a key. */
async function checkReferences(tx: Tx, record: MeetingRecord): Promise<void> {
  const codes = new Set<string>(record.countries.map((c) => c.countryCode));
  for (const p of record.participants) if (p.countryCode) codes.add(p.countryCode);
  if (record.locationCountryCode) codes.add(record.locationCountryCode);
  const countries = await tx.country.findMany({ where: { code: { in: [...codes] } }, select: { code: true } });
  const topics =
    record.topicIds.length > 0 ? await tx.topic.findMany({ where: { id: { in: record.topicIds } }, select: { id: true } }) : [];
  const known = new Set(countries.map((c) => c.code));
  const errors: Record<string, string[]> = {};
  const unknown = "This is not a country Parley knows.";
  record.countries.forEach((c, i) => {
    if (!known.has(c.countryCode)) errors[`countries.${i}.countryCode`] = [unknown];
  });
  record.participants.forEach((p, i) => {
    if (p.countryCode && !known.has(p.countryCode)) errors[`participants.${i}.countryCode`] = [unknown];
  });
  if (record.locationCountryCode && !known.has(record.locationCountryCode)) errors.locationCountryCode = [unknown];
  if (topics.length !== record.topicIds.length) errors.topicIds = ["Choose topics from the list."];
  const named = [...new Set(record.evidence.flatMap((span) => (span.target.type === "organization" ? [span.target.organizationId] : [])))];
  if (named.length > 0 && (await tx.organization.count({ where: { id: { in: named } } })) !== named.length) {
    errors.evidence = ["A passage names an organisation that no longer exists: remove it."];
  }
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Some fields need attention.", { fieldErrors: errors });
}

function checkDistinctPeople(personIds: string[]): void {
  const first = new Map<string, number>();
  personIds.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier !== undefined) {
      throw new AppError("validation", "Some fields need attention.", {
        fieldErrors: { [`participants.${i}.personId`]: [`This is the same person as participant ${earlier + 1}.`] },
      });
    }
    first.set(id, i);
  });
}

/**
 * Sources keep their ids across saves (aliases and permalinks point at them): named ones are
 * updated, new ones created, the meeting's others deleted with their evidence. A form may only
 * name this meeting's own sources; a restore may bring a deleted source back under its old id.
 */
async function writeSources(
  tx: Tx,
  meetingId: string,
  record: MeetingRecord,
  before: MeetingSnapshot | null,
  write: Pick<MeetingWrite, "allowSourceRecreation">,
  actorId: string | null,
): Promise<string[]> {
  const own = new Set(before?.record.sources.map((s) => s.id) ?? []);
  const errors: Record<string, string[]> = {};
  const reused = new Set<string>();
  record.sources.forEach((s, i) => {
    if (!s.id) return;
    if (reused.has(s.id)) errors[`sources.${i}.id`] = ["This source is listed twice."];
    reused.add(s.id);
    if (!own.has(s.id) && !write.allowSourceRecreation) errors[`sources.${i}.id`] = ["This source is not one of this meeting's."];
  });
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Some fields need attention.", { fieldErrors: errors });

  if (before) await tx.source.deleteMany({ where: { meetingId, id: { notIn: [...reused] } } });
  const ids: string[] = [];
  for (const s of record.sources) {
    const fields = {
      outlet: s.outlet,
      url: s.url ?? null,
      title: s.title,
      publishedOn: s.publishedOn ? new Date(`${s.publishedOn}T00:00:00Z`) : null,
      language: s.language,
      text: s.text,
    };
    if (s.id && own.has(s.id)) {
      await tx.source.update({ where: { id: s.id }, data: fields, select: { id: true } });
      ids.push(s.id);
    } else {
      if (s.id && (await tx.source.count({ where: { id: s.id } })) > 0) {
        throw new AppError("conflict", "A source of this revision now belongs to another meeting.");
      }
      const created = await tx.source.create({
        data: { ...fields, id: s.id, meetingId, createdById: actorId },
        select: { id: true },
      });
      ids.push(created.id);
    }
  }
  return ids;
}

/** Keeps unchanged tag links as they were (who added them, when); adds and removes the rest. */
async function replaceTags(tx: Tx, meetingId: string, tagIds: string[], actorId: string | null): Promise<void> {
  await tx.meetingTag.deleteMany({ where: { meetingId, tagId: { notIn: tagIds } } });
  if (tagIds.length === 0) return;
  await tx.meetingTag.createMany({
    data: tagIds.map((tagId) => ({ meetingId, tagId, createdById: actorId })),
    skipDuplicates: true,
  });
}

function evidenceColumns(
  span: RecordEvidence,
  participationIds: string[],
  personIds: string[],
  organizationIds: (string | null)[],
): Pick<Prisma.EvidenceCreateManyInput, "field" | "participationId" | "personId" | "organizationId" | "countryCode" | "topicId"> {
  const target = span.target;
  switch (target.type) {
    case "field":
      return { field: target.field };
    case "country":
      return { countryCode: target.countryCode };
    case "topic":
      return { topicId: target.topicId };
    case "organization":
      return { organizationId: target.organizationId, field: target.aspect === "alias" ? "alias" : null };
    case "participant": {
      const participationId = participationIds[target.index]!;
      if (target.aspect === "organization") return { participationId, organizationId: organizationIds[target.index] ?? null };
      if (target.aspect === "title") return { participationId, field: "title" };
      if (target.aspect === "alias") return { participationId, personId: personIds[target.index]!, field: "alias" };
      return { participationId, personId: personIds[target.index]! };
    }
  }
}
