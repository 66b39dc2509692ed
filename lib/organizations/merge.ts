import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mergeAliases, unmergeAliases, type AliasMergeRecord } from "@/lib/entities/merge-aliases";
import { countMeetingsNamingEntity, expectAllMoved, lockMergedMeetings, meetingsNamingEntity } from "@/lib/entities/merge-meetings";
import type { MergePlan, StepRecord } from "@/lib/entities/merge-jobs/plan";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

type Tx = Prisma.TransactionClient;

/** What the start of an organisation merge did to the records themselves. */
interface OrganizationMergeStart extends AliasMergeRecord {
  /** Organisations whose parent was the duplicate. */
  reparentedIds: string[];
}

/** What one batch moved, row by row. */
interface OrganizationMergeStep {
  meetingIds: string[];
  movedParticipationIds: string[];
  movedEvidenceIds: string[];
}

async function lockOrganizations(tx: Tx, ids: string[]) {
  return tx.$queryRaw<{ id: string; name: string; mergedIntoId: string | null }[]>`
    SELECT "id"::text AS "id", "name", "mergedIntoId"::text AS "mergedIntoId" FROM "Organization"
    WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
}

async function begin(unit: MeetingUnitOfWork, fromId: string, intoId: string): Promise<StepRecord> {
  const { tx } = unit;
  const rows = await lockOrganizations(tx, [fromId, intoId]);
  const from = rows.find((r) => r.id === fromId);
  const into = rows.find((r) => r.id === intoId);
  if (!from || !into || from.mergedIntoId || into.mergedIntoId) throw new AppError("not_found", "One of these organisations does not exist or was already merged.");
  const reparentedIds = (await tx.organization.findMany({ where: { parentId: fromId, id: { not: intoId } }, select: { id: true } })).map((o) => o.id);
  await tx.organization.updateMany({ where: { id: { in: reparentedIds } }, data: { parentId: intoId } });
  const aliases = await mergeAliases(tx, "organization", from, into);
  await tx.organization.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
  const start: OrganizationMergeStart = { ...aliases, reparentedIds };
  return { ...start };
}

async function moveBatch(unit: MeetingUnitOfWork, fromId: string, intoId: string, meetingIds: string[]): Promise<StepRecord> {
  const { tx } = unit;
  await lockMergedMeetings(unit, meetingIds, "MERGE");
  const where = { organizationId: fromId, meetingId: { in: meetingIds } };
  const step: OrganizationMergeStep = {
    meetingIds,
    movedParticipationIds: (await tx.participation.findMany({ where, select: { id: true } })).map((p) => p.id),
    movedEvidenceIds: (await tx.evidence.findMany({ where, select: { id: true } })).map((e) => e.id),
  };
  await tx.participation.updateMany({ where, data: { organizationId: intoId } });
  await tx.evidence.updateMany({ where, data: { organizationId: intoId } });
  return { ...step };
}

/** Refuses, changing nothing, unless every row these steps moved still names the kept organisation. */
async function expectStillMoved(tx: Tx, intoId: string, steps: OrganizationMergeStep[]): Promise<void> {
  const participationIds = steps.flatMap((s) => s.movedParticipationIds);
  const evidenceIds = steps.flatMap((s) => s.movedEvidenceIds);
  const [row] = await tx.$queryRaw<{ participations: number; evidence: number }[]>`
    SELECT (SELECT count(*)::int FROM "Participation" WHERE "id" = ANY(${participationIds}::uuid[]) AND "organizationId" = ${intoId}::uuid) AS "participations",
           (SELECT count(*)::int FROM "Evidence" WHERE "id" = ANY(${evidenceIds}::uuid[]) AND "organizationId" = ${intoId}::uuid) AS "evidence"`;
  expectAllMoved(row!.participations, participationIds.length, "participations");
  expectAllMoved(row!.evidence, evidenceIds.length, "evidence passages");
}

async function undoBegin(unit: MeetingUnitOfWork, fromId: string, intoId: string, [begun, ...steps]: StepRecord[]): Promise<void> {
  const { tx } = unit;
  const [from] = await lockOrganizations(tx, [fromId]);
  if (from?.mergedIntoId !== intoId) throw new AppError("conflict", "This merge was already undone.");
  await expectStillMoved(tx, intoId, steps as unknown as OrganizationMergeStep[]);
  const start = begun as unknown as OrganizationMergeStart;
  await tx.organization.updateMany({ where: { id: { in: start.reparentedIds }, parentId: intoId }, data: { parentId: fromId } });
  await unmergeAliases(tx, "organization", fromId, start);
  await tx.organization.update({ where: { id: fromId }, data: { mergedIntoId: null } });
}

async function undoStep(unit: MeetingUnitOfWork, fromId: string, intoId: string, record: StepRecord): Promise<number> {
  const { tx } = unit;
  const step = record as unknown as OrganizationMergeStep;
  await lockMergedMeetings(unit, step.meetingIds, "UNMERGE");
  await expectStillMoved(tx, intoId, [step]);
  const participations = await tx.participation.updateMany({ where: { id: { in: step.movedParticipationIds } }, data: { organizationId: fromId } });
  const evidence = await tx.evidence.updateMany({ where: { id: { in: step.movedEvidenceIds } }, data: { organizationId: fromId } });
  return participations.count + evidence.count;
}

/**
 * Organisation merges in batches (lib/entities/merge-jobs): participations, evidence, spellings
 * and child organisations move. Organisation spellings are not in the search rows, so no meeting
 * beyond the moved ones needs re-indexing.
 */
export const organizationMergePlan: MergePlan = {
  subject: "ORGANIZATION",
  entityType: "Organization",
  words: { one: "organisation", many: "organisations" },
  begin,
  meetingsNaming: (tx, fromId, after, limit) => meetingsNamingEntity(tx, "organizationId", fromId, after, limit),
  countMeetingsNaming: (tx, fromId) => countMeetingsNamingEntity(tx, "organizationId", fromId),
  moveBatch,
  reindexPeople: () => [],
  undo: { begin: undoBegin, step: undoStep, meetingsOf: (step) => (step as unknown as OrganizationMergeStep).meetingIds },
};
