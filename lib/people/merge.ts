import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mergeAliases, unmergeAliases, type AliasMergeRecord } from "@/lib/entities/merge-aliases";
import { countMeetingsNamingEntity, expectAllMoved, lockMergedMeetings, meetingsNamingEntity } from "@/lib/entities/merge-meetings";
import type { MergePlan, StepRecord } from "@/lib/entities/merge-jobs/plan";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

type Tx = Prisma.TransactionClient;

/** What one batch of a person merge moved, row by row: an undo puts each row back where it was. */
export interface PersonMergeStep {
  meetingIds: string[];
  /** Participations whose person was switched to the kept person. */
  movedParticipationIds: string[];
  /** Participations removed because the meeting already had the kept person (full rows, to re-insert). */
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
  /** Evidence of a removed participation, now on the kept person's participation: id → old participationId. */
  repointedEvidence: { id: string; participationId: string }[];
  /** Evidence naming the person directly, switched to the kept person. */
  movedEvidenceIds: string[];
}

async function lockPeople(tx: Tx, ids: string[]) {
  return tx.$queryRaw<{ id: string; name: string; mergedIntoId: string | null }[]>`
    SELECT "id"::text AS "id", "name", "mergedIntoId"::text AS "mergedIntoId" FROM "Person"
    WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
}

/** Marks the duplicate merged and moves its spellings; its meetings follow in batches. */
async function begin(unit: MeetingUnitOfWork, fromId: string, intoId: string): Promise<StepRecord> {
  const people = await lockPeople(unit.tx, [fromId, intoId]);
  const from = people.find((p) => p.id === fromId);
  const into = people.find((p) => p.id === intoId);
  if (!from || !into || from.mergedIntoId || into.mergedIntoId) throw new AppError("not_found", "One of these people does not exist or was already merged.");
  const aliases = await mergeAliases(unit.tx, "person", from, into);
  await unit.tx.person.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
  return { ...aliases };
}

/**
 * Moves the duplicate's rows in these meetings to the kept person. Where a meeting has both, the
 * duplicate's participation folds into the kept one (its evidence re-pointed, the row kept in
 * the step for an undo). Each meeting gets a MERGE revision.
 */
async function moveBatch(unit: MeetingUnitOfWork, fromId: string, intoId: string, meetingIds: string[]): Promise<StepRecord> {
  const { tx } = unit;
  await lockMergedMeetings(unit, meetingIds, "MERGE");
  const participations = await tx.participation.findMany({ where: { personId: fromId, meetingId: { in: meetingIds } } });
  const intoRows = await tx.participation.findMany({ where: { personId: intoId, meetingId: { in: meetingIds } }, select: { id: true, meetingId: true } });
  const intoByMeeting = new Map(intoRows.map((r) => [r.meetingId, r.id]));
  const step: PersonMergeStep = { meetingIds, movedParticipationIds: [], removedParticipations: [], repointedEvidence: [], movedEvidenceIds: [] };
  for (const p of participations) {
    const keep = intoByMeeting.get(p.meetingId);
    if (!keep) {
      step.movedParticipationIds.push(p.id);
      continue;
    }
    const evidence = await tx.evidence.findMany({ where: { participationId: p.id }, select: { id: true } });
    step.repointedEvidence.push(...evidence.map((e) => ({ id: e.id, participationId: p.id })));
    await tx.evidence.updateMany({ where: { participationId: p.id }, data: { participationId: keep } });
    const { id, meetingId, organizationId, countryCode, title, side, isDelegationLead, position } = p;
    step.removedParticipations.push({ id, meetingId, organizationId, countryCode, title, side, isDelegationLead, position });
    await tx.participation.delete({ where: { id: p.id } });
  }
  if (step.movedParticipationIds.length) {
    await tx.participation.updateMany({ where: { id: { in: step.movedParticipationIds } }, data: { personId: intoId } });
  }
  const evidenceWhere = { personId: fromId, meetingId: { in: meetingIds } };
  step.movedEvidenceIds = (await tx.evidence.findMany({ where: evidenceWhere, select: { id: true } })).map((e) => e.id);
  await tx.evidence.updateMany({ where: evidenceWhere, data: { personId: intoId } });
  return { ...step };
}

/**
 * Refuses, changing nothing, unless every row these steps moved is still where the merge left
 * it: a later edit replaces a meeting's participations (new ids), a later merge moves them on.
 */
async function expectStillMoved(tx: Tx, intoId: string, steps: PersonMergeStep[]): Promise<void> {
  // One array parameter each (not an IN list): an undo of a merge of 30,000 meetings checks them all.
  const participationIds = steps.flatMap((s) => s.movedParticipationIds);
  const [participations] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "Participation" WHERE "id" = ANY(${participationIds}::uuid[]) AND "personId" = ${intoId}::uuid`;
  expectAllMoved(participations!.n, participationIds.length, "participations");
  // A removed participation comes back beside the one it was folded into, which must still be there.
  const folded = [...new Set(steps.flatMap((s) => s.removedParticipations.map((p) => p.meetingId)))];
  const [kept] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT "meetingId")::int AS "n" FROM "Participation" WHERE "meetingId" = ANY(${folded}::uuid[]) AND "personId" = ${intoId}::uuid`;
  expectAllMoved(kept!.n, folded.length, "shared meetings");
  const repointed = steps.flatMap((s) => s.repointedEvidence.map((e) => e.id));
  const moved = steps.flatMap((s) => s.movedEvidenceIds);
  const [evidence] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "Evidence"
    WHERE "id" = ANY(${repointed}::uuid[]) OR ("id" = ANY(${moved}::uuid[]) AND "personId" = ${intoId}::uuid)`;
  expectAllMoved(evidence!.n, repointed.length + moved.length, "evidence passages");
}

async function undoBegin(unit: MeetingUnitOfWork, fromId: string, intoId: string, [begun, ...steps]: StepRecord[]): Promise<void> {
  const [from] = await lockPeople(unit.tx, [fromId]);
  if (from?.mergedIntoId !== intoId) throw new AppError("conflict", "This merge was already undone.");
  await expectStillMoved(unit.tx, intoId, steps as unknown as PersonMergeStep[]);
  await unmergeAliases(unit.tx, "person", fromId, begun as unknown as AliasMergeRecord);
  await unit.tx.person.update({ where: { id: fromId }, data: { mergedIntoId: null } });
}

/** Puts one batch's rows back on the duplicate. Returns how many rows moved back. */
async function undoStep(unit: MeetingUnitOfWork, fromId: string, intoId: string, record: StepRecord): Promise<number> {
  const { tx } = unit;
  const step = record as unknown as PersonMergeStep;
  await lockMergedMeetings(unit, step.meetingIds, "UNMERGE");
  await expectStillMoved(tx, intoId, [step]);
  const participations = await tx.participation.updateMany({ where: { id: { in: step.movedParticipationIds } }, data: { personId: fromId } });
  for (const p of step.removedParticipations) {
    await tx.participation.create({ data: { ...p, side: p.side as "HOST" | "GUEST" | "THIRD_PARTY" | null, personId: fromId } });
  }
  for (const e of step.repointedEvidence) {
    await tx.evidence.update({ where: { id: e.id }, data: { participationId: e.participationId } });
  }
  const evidence = await tx.evidence.updateMany({ where: { id: { in: step.movedEvidenceIds } }, data: { personId: fromId } });
  return participations.count + step.removedParticipations.length + step.repointedEvidence.length + evidence.count;
}

/**
 * Person merges in batches (lib/entities/merge-jobs). The kept person's meetings are re-indexed:
 * they are found by the duplicate's spellings from now on; after an undo, both people's are.
 */
export const personMergePlan: MergePlan = {
  subject: "PERSON",
  entityType: "Person",
  words: { one: "person", many: "people" },
  begin,
  meetingsNaming: (tx, fromId, after, limit) => meetingsNamingEntity(tx, "personId", fromId, after, limit),
  countMeetingsNaming: (tx, fromId) => countMeetingsNamingEntity(tx, "personId", fromId),
  moveBatch,
  reindexPeople: (fromId, intoId, action) => (action === "MERGE" ? [intoId] : [fromId, intoId]),
  undo: { begin: undoBegin, step: undoStep, meetingsOf: (step) => (step as unknown as PersonMergeStep).meetingIds },
};
