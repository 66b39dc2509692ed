import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mergeAliases, unmergeAliases, type AliasMergeRecord } from "@/lib/entities/merge-aliases";
import { expectAllMoved, lockMergedMeetings } from "@/lib/entities/merge-meetings";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

type Tx = Prisma.TransactionClient;

/** What an organisation merge changed, row by row, kept in its MERGE revision for the undo. */
export interface OrganizationMergeRecord extends AliasMergeRecord {
  fromId: string;
  intoId: string;
  meetingIds: string[];
  movedParticipationIds: string[];
  movedEvidenceIds: string[];
  /** Organisations whose parent was `fromId`. */
  reparentedIds: string[];
}

async function meetingsOf(tx: Tx, organizationId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "meetingId"::text AS "id" FROM "Participation" WHERE "organizationId" = ${organizationId}::uuid
    UNION SELECT "meetingId"::text FROM "Evidence" WHERE "organizationId" = ${organizationId}::uuid`;
  return rows.map((r) => r.id);
}

/**
 * Merges organisation `fromId` into `intoId` as part of a unit of work (the meetings that named it
 * get revisions). No auth check: only for guarded functions.
 */
export async function mergeOrganizationsInUnit(unit: MeetingUnitOfWork, fromId: string, intoId: string): Promise<OrganizationMergeRecord> {
  const { tx, actorId } = unit;
  const rows = await tx.$queryRaw<{ id: string; name: string; mergedIntoId: string | null }[]>`
    SELECT "id"::text AS "id", "name", "mergedIntoId"::text AS "mergedIntoId" FROM "Organization"
    WHERE "id" IN (${fromId}::uuid, ${intoId}::uuid) ORDER BY "id" FOR UPDATE`;
  const from = rows.find((r) => r.id === fromId);
  const into = rows.find((r) => r.id === intoId);
  if (!from || !into || from.mergedIntoId || into.mergedIntoId) throw new AppError("not_found", "One of these organisations does not exist or was already merged.");

  const meetingIds = await meetingsOf(tx, fromId);
  await lockMergedMeetings(unit, meetingIds, "MERGE");
  const record: OrganizationMergeRecord = {
    fromId,
    intoId,
    meetingIds,
    movedParticipationIds: (await tx.participation.findMany({ where: { organizationId: fromId }, select: { id: true } })).map((p) => p.id),
    movedEvidenceIds: (await tx.evidence.findMany({ where: { organizationId: fromId }, select: { id: true } })).map((e) => e.id),
    movedAliasIds: [],
    droppedAliases: [],
    createdAliasId: null,
    reparentedIds: (await tx.organization.findMany({ where: { parentId: fromId, id: { not: intoId } }, select: { id: true } })).map((o) => o.id),
  };
  await tx.participation.updateMany({ where: { organizationId: fromId }, data: { organizationId: intoId } });
  await tx.evidence.updateMany({ where: { organizationId: fromId }, data: { organizationId: intoId } });
  await tx.organization.updateMany({ where: { id: { in: record.reparentedIds } }, data: { parentId: intoId } });

  Object.assign(record, await mergeAliases(tx, "organization", from, into));

  await tx.organization.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
  await tx.revision.create({ data: { entityType: "Organization", entityId: fromId, action: "MERGE", actorId, before: { mergedIntoId: null }, after: { ...record } } });
  return record;
}

/**
 * Undoes the merge recorded in `record`, or, when anything it moved has changed since, nothing (a
 * conflict saying why). Returns how many rows moved back. No auth check.
 */
export async function unmergeOrganizationsInUnit(unit: MeetingUnitOfWork, record: OrganizationMergeRecord): Promise<{ moved: number }> {
  const { tx, actorId } = unit;
  const { fromId, intoId } = record;
  const rows = await tx.$queryRaw<{ mergedIntoId: string | null }[]>`
    SELECT "mergedIntoId"::text AS "mergedIntoId" FROM "Organization" WHERE "id" = ${fromId}::uuid FOR UPDATE`;
  if (rows[0]?.mergedIntoId !== intoId) throw new AppError("conflict", "This merge was already undone.");
  await lockMergedMeetings(unit, record.meetingIds, "UNMERGE");
  const participations = await tx.participation.updateMany({ where: { id: { in: record.movedParticipationIds }, organizationId: intoId }, data: { organizationId: fromId } });
  expectAllMoved(participations.count, record.movedParticipationIds.length, "participations");
  const evidence = await tx.evidence.updateMany({ where: { id: { in: record.movedEvidenceIds }, organizationId: intoId }, data: { organizationId: fromId } });
  expectAllMoved(evidence.count, record.movedEvidenceIds.length, "evidence passages");
  await tx.organization.updateMany({ where: { id: { in: record.reparentedIds }, parentId: intoId }, data: { parentId: fromId } });
  await unmergeAliases(tx, "organization", fromId, record);
  await tx.organization.update({ where: { id: fromId }, data: { mergedIntoId: null } });
  await tx.revision.create({ data: { entityType: "Organization", entityId: fromId, action: "UNMERGE", actorId, before: { mergedIntoId: intoId }, after: { mergedIntoId: null } } });
  return { moved: participations.count + evidence.count };
}
