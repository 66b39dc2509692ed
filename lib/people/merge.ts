import "server-only";
import { AppError } from "@/lib/errors";
import { mergeAliases, unmergeAliases, type AliasMergeRecord } from "@/lib/entities/merge-aliases";
import { expectAllMoved, lockMergedMeetings } from "@/lib/entities/merge-meetings";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

/**
 * What a person merge changed, row by row: stored in the MERGE revision so that an unmerge can
 * put every participation, evidence span and alias back exactly where it was.
 */
export interface PersonMergeRecord extends AliasMergeRecord {
  fromId: string;
  intoId: string;
  meetingIds: string[];
  /** Participations whose person was switched to `intoId`. */
  movedParticipationIds: string[];
  /** Participations removed because the meeting already had `intoId` (full rows, to re-insert). */
  removedParticipations: {
    id: string;
    meetingId: string;
    organizationId: string | null;
    countryCode: string | null;
    title: string;
    side: string | null;
    isDelegationLead: boolean;
    position: number;
  }[];
  /** Evidence of a removed participation, now on `intoId`'s participation: id → old participationId. */
  repointedEvidence: { id: string; participationId: string }[];
  /** Evidence naming the person directly, switched to `intoId`. */
  movedEvidenceIds: string[];
}

/**
 * Merges person `fromId` into `intoId` as part of a unit of work: the meetings they shared get
 * revisions, and every meeting of `intoId` is re-indexed (it now has `fromId`'s spellings). No
 * auth check: only for guarded functions.
 */
export async function mergePeopleInUnit(unit: MeetingUnitOfWork, fromId: string, intoId: string): Promise<PersonMergeRecord> {
  const { tx, actorId } = unit;
  const people = await tx.$queryRaw<{ id: string; name: string; mergedIntoId: string | null }[]>`
    SELECT "id"::text AS "id", "name", "mergedIntoId"::text AS "mergedIntoId" FROM "Person"
    WHERE "id" IN (${fromId}::uuid, ${intoId}::uuid) ORDER BY "id" FOR UPDATE`;
  const from = people.find((p) => p.id === fromId);
  const into = people.find((p) => p.id === intoId);
  if (!from || !into || from.mergedIntoId || into.mergedIntoId) throw new AppError("not_found", "One of these people does not exist or was already merged.");

  const participations = await tx.participation.findMany({ where: { personId: fromId } });
  const meetingIds = [...new Set(participations.map((p) => p.meetingId))];
  await lockMergedMeetings(unit, meetingIds, "MERGE");
  const intoRows = await tx.participation.findMany({ where: { personId: intoId, meetingId: { in: meetingIds } }, select: { id: true, meetingId: true } });
  const intoByMeeting = new Map(intoRows.map((r) => [r.meetingId, r.id]));

  const record: PersonMergeRecord = {
    fromId,
    intoId,
    meetingIds,
    movedParticipationIds: [],
    removedParticipations: [],
    repointedEvidence: [],
    movedEvidenceIds: [],
    movedAliasIds: [],
    droppedAliases: [],
    createdAliasId: null,
  };
  for (const p of participations) {
    const keep = intoByMeeting.get(p.meetingId);
    if (!keep) {
      record.movedParticipationIds.push(p.id);
      continue;
    }
    const evidence = await tx.evidence.findMany({ where: { participationId: p.id }, select: { id: true } });
    record.repointedEvidence.push(...evidence.map((e) => ({ id: e.id, participationId: p.id })));
    await tx.evidence.updateMany({ where: { participationId: p.id }, data: { participationId: keep } });
    record.removedParticipations.push({
      id: p.id,
      meetingId: p.meetingId,
      organizationId: p.organizationId,
      countryCode: p.countryCode,
      title: p.title,
      side: p.side,
      isDelegationLead: p.isDelegationLead,
      position: p.position,
    });
    await tx.participation.delete({ where: { id: p.id } });
  }
  if (record.movedParticipationIds.length) {
    await tx.participation.updateMany({ where: { id: { in: record.movedParticipationIds } }, data: { personId: intoId } });
  }
  record.movedEvidenceIds = (await tx.evidence.findMany({ where: { personId: fromId }, select: { id: true } })).map((e) => e.id);
  await tx.evidence.updateMany({ where: { personId: fromId }, data: { personId: intoId } });

  Object.assign(record, await mergeAliases(tx, "person", from, into));

  await tx.person.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
  await unit.reindexMeetingsOfPeople([intoId]);
  await tx.revision.create({
    data: { entityType: "Person", entityId: fromId, action: "MERGE", actorId, before: { mergedIntoId: null }, after: { ...record } },
  });
  return record;
}

/**
 * Undoes the merge recorded in `record`: every row goes back to `fromId`, or, when anything it
 * moved has changed since, nothing does (a conflict saying why). Returns how many rows moved back.
 * No auth check.
 */
export async function unmergePeopleInUnit(unit: MeetingUnitOfWork, record: PersonMergeRecord): Promise<{ moved: number }> {
  const { tx, actorId } = unit;
  const { fromId, intoId } = record;
  const rows = await tx.$queryRaw<{ mergedIntoId: string | null }[]>`
    SELECT "mergedIntoId"::text AS "mergedIntoId" FROM "Person" WHERE "id" = ${fromId}::uuid FOR UPDATE`;
  if (rows[0]?.mergedIntoId !== intoId) throw new AppError("conflict", "This merge was already undone.");
  await lockMergedMeetings(unit, record.meetingIds, "UNMERGE");

  const participations = await tx.participation.updateMany({ where: { id: { in: record.movedParticipationIds }, personId: intoId }, data: { personId: fromId } });
  expectAllMoved(participations.count, record.movedParticipationIds.length, "participations");
  // A removed participation comes back beside the one it was folded into, which must still be there.
  const folded = [...new Set(record.removedParticipations.map((p) => p.meetingId))];
  if (folded.length > 0) {
    const still = await tx.participation.findMany({ where: { meetingId: { in: folded }, personId: intoId }, select: { meetingId: true }, distinct: ["meetingId"] });
    expectAllMoved(still.length, folded.length, "shared meetings");
  }
  for (const p of record.removedParticipations) {
    await tx.participation.create({
      data: { ...p, side: p.side as "HOST" | "GUEST" | "THIRD_PARTY" | null, personId: fromId },
    });
  }
  let repointed = 0;
  for (const e of record.repointedEvidence) {
    repointed += (await tx.evidence.updateMany({ where: { id: e.id }, data: { participationId: e.participationId } })).count;
  }
  expectAllMoved(repointed, record.repointedEvidence.length, "evidence passages");
  const evidence = await tx.evidence.updateMany({ where: { id: { in: record.movedEvidenceIds }, personId: intoId }, data: { personId: fromId } });
  expectAllMoved(evidence.count, record.movedEvidenceIds.length, "evidence passages");
  await unmergeAliases(tx, "person", fromId, record);

  await tx.person.update({ where: { id: fromId }, data: { mergedIntoId: null } });
  // Both people's spellings changed: the meetings of each are found by different names now.
  await unit.reindexMeetingsOfPeople([fromId, intoId]);
  await tx.revision.create({
    data: { entityType: "Person", entityId: fromId, action: "UNMERGE", actorId, before: { mergedIntoId: intoId }, after: { mergedIntoId: null } },
  });
  return { moved: participations.count + record.removedParticipations.length + repointed + evidence.count };
}
