import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mergeAliases, unmergeAliases, type AliasMergeRecord } from "@/lib/entities/merge-aliases";
import { finishMergedMeetings, lockMeetingsForMerge } from "@/lib/entities/merge-meetings";

type Tx = Prisma.TransactionClient;

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

/** Merges person `fromId` into `intoId`. No auth check: only for guarded functions. */
export async function unsafeMergePeople(tx: Tx, actorId: string, fromId: string, intoId: string): Promise<PersonMergeRecord> {
  const people = await tx.$queryRaw<{ id: string; name: string; mergedIntoId: string | null }[]>`
    SELECT "id"::text AS "id", "name", "mergedIntoId"::text AS "mergedIntoId" FROM "Person"
    WHERE "id" IN (${fromId}::uuid, ${intoId}::uuid) ORDER BY "id" FOR UPDATE`;
  const from = people.find((p) => p.id === fromId);
  const into = people.find((p) => p.id === intoId);
  if (!from || !into || from.mergedIntoId || into.mergedIntoId) throw new AppError("not_found", "One of these people does not exist or was already merged.");

  const participations = await tx.participation.findMany({ where: { personId: fromId } });
  const meetingIds = [...new Set(participations.map((p) => p.meetingId))];
  const before = await lockMeetingsForMerge(tx, meetingIds);
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
  await finishMergedMeetings(tx, before, actorId, "MERGE");
  await tx.revision.create({
    data: { entityType: "Person", entityId: fromId, action: "MERGE", actorId, before: { mergedIntoId: null }, after: { ...record } },
  });
  return record;
}

/** Undoes the merge recorded in `record`: every row goes back to `fromId`. No auth check. */
export async function unsafeUnmergePeople(tx: Tx, actorId: string, record: PersonMergeRecord): Promise<void> {
  const { fromId, intoId } = record;
  const rows = await tx.$queryRaw<{ mergedIntoId: string | null }[]>`
    SELECT "mergedIntoId"::text AS "mergedIntoId" FROM "Person" WHERE "id" = ${fromId}::uuid FOR UPDATE`;
  if (rows[0]?.mergedIntoId !== intoId) throw new AppError("conflict", "This merge was already undone.");
  const before = await lockMeetingsForMerge(tx, record.meetingIds);

  await tx.participation.updateMany({ where: { id: { in: record.movedParticipationIds }, personId: intoId }, data: { personId: fromId } });
  for (const p of record.removedParticipations) {
    await tx.participation.create({
      data: { ...p, side: p.side as "HOST" | "GUEST" | "THIRD_PARTY" | null, personId: fromId },
    });
  }
  for (const e of record.repointedEvidence) {
    await tx.evidence.updateMany({ where: { id: e.id }, data: { participationId: e.participationId } });
  }
  await tx.evidence.updateMany({ where: { id: { in: record.movedEvidenceIds } }, data: { personId: fromId } });
  await unmergeAliases(tx, "person", fromId, record);

  await tx.person.update({ where: { id: fromId }, data: { mergedIntoId: null } });
  await finishMergedMeetings(tx, before, actorId, "UNMERGE");
  await tx.revision.create({
    data: { entityType: "Person", entityId: fromId, action: "UNMERGE", actorId, before: { mergedIntoId: intoId }, after: { mergedIntoId: null } },
  });
}
