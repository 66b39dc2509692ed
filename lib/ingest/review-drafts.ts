import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { MAX_SOURCES, type MeetingRecordInput } from "@/lib/meetings/write/record-schema";
import { safeText } from "@/lib/meetings/write/safe-text";
import { runMeetingWork, type MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { writeMeetingRecord } from "@/lib/meetings/write/write-meeting";
import { trashDraft } from "@/lib/ingest/internal/draft-writes";

// What a reviewer does with a machine draft or a proposed source, each in one unit of work.
// Accepting a draft is the review queue's (approval clears the machine-draft mark).

const versionSchema = z.coerce.number().int().min(1);
const reasonSchema = safeText(500, "The reason").pipe(z.string().min(1, "Say why the draft is discarded."));
const itemIdSchema = z.uuid();

function parse<T>(schema: z.ZodType<T>, value: unknown, field: string, message: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("validation", message, { fieldErrors: { [field]: [parsed.error.issues[0]?.message ?? message] } });
  return parsed.data;
}

/** Locks a machine draft at the version the page showed; refuses a meeting a person has accepted. */
async function lockDraft(unit: MeetingUnitOfWork, id: string, version: number) {
  const draft = await unit.lock(id, { expectedVersion: version });
  const row = await unit.tx.meeting.findUnique({ where: { id }, select: { machineDrafted: true } });
  if (!row?.machineDrafted) throw new AppError("conflict", "This meeting is not a machine draft (any more): edit or delete it as any other.");
  return draft;
}

/** `sources` added to the meeting `targetId` as it is now (additions never conflict), with `note` on its revision. */
async function addSources(unit: MeetingUnitOfWork, targetId: string, sources: MeetingRecordInput["sources"], note: string): Promise<string> {
  const target = await unit.lock(targetId, { expectedVersion: "current" });
  const added = sources ?? [];
  if (target.record.sources.length + added.length > MAX_SOURCES) {
    throw new AppError("validation", `“${target.record.title}” would have more than ${MAX_SOURCES} sources: remove one there first.`);
  }
  await writeMeetingRecord(unit, { meetingId: targetId, expectedVersion: target.version, record: { ...target.record, sources: [...target.record.sources, ...added] }, action: "UPDATE" });
  unit.changed(targetId, "UPDATE", note);
  return target.record.title;
}

/** Moves a machine draft to the trash, the reason as its revision's note. Rule: analysts and admins. */
export async function discardMachineDraft(meetingId: unknown, version: unknown, reason: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const id = parse(meetingIdSchema, meetingId, "id", "This meeting does not exist.");
  const read = parse(versionSchema, version, "version", "Reload the page: the form is missing the version it was opened at.");
  const why = parse(reasonSchema, reason, "reason", "Say why the draft is discarded.");
  await runMeetingWork(db, user.id, async (unit) => {
    await lockDraft(unit, id, read);
    await trashDraft(unit, id, read, why);
  });
}

/**
 * Adds a machine draft's sources to an existing meeting, then moves the draft to the trash, in one
 * unit of work. The meeting gains only sources: what it records stays the reviewer's. Rule:
 * analysts and admins.
 */
export async function attachMachineDraft(draftId: unknown, version: unknown, targetId: unknown): Promise<{ targetId: string }> {
  const user = await requireRole("analyst");
  const id = parse(meetingIdSchema, draftId, "id", "This meeting does not exist.");
  const read = parse(versionSchema, version, "version", "Reload the page: the form is missing the version it was opened at.");
  const target = parse(meetingIdSchema, targetId, "target", "Choose the meeting to attach the draft to.");
  if (target === id) throw new AppError("validation", "Choose another meeting: a draft cannot be its own source.", { fieldErrors: { target: ["Choose another meeting."] } });
  await runMeetingWork(db, user.id, async (unit) => {
    const draft = await lockDraft(unit, id, read);
    const sources = draft.record.sources.map(({ id: _id, ...source }) => source);
    const title = await addSources(unit, target, sources, `Sources of the machine draft “${draft.record.title}” attached`);
    await trashDraft(unit, id, read, `Attached to “${title}” as a source`);
    await unit.tx.ingestItem.updateMany({ where: { meetingId: id }, data: { meetingId: target } });
  });
  return { targetId: target };
}

async function lockOpenProposal(unit: MeetingUnitOfWork, itemId: string) {
  const [item] = await unit.tx.$queryRaw<{ meetingId: string | null; proposal: string | null; outlet: string; url: string | null; text: string; publishedOn: Date | null; position: number; batch: string }[]>`
    SELECT i."meetingId"::text AS "meetingId", i."proposal"::text AS "proposal", i."outlet", i."url", i."text", i."publishedOn", i."position", b."name" AS "batch"
    FROM "IngestItem" i JOIN "IngestBatch" b ON b."id" = i."batchId" WHERE i."id" = ${itemId}::uuid FOR UPDATE OF i`;
  if (!item?.meetingId || !item.proposal) throw new AppError("not_found", "This proposed source does not exist.");
  if (item.proposal !== "OPEN") throw new AppError("conflict", "Someone has already accepted or dismissed this proposed source.");
  return { ...item, meetingId: item.meetingId };
}

/** Adds a proposed source to the recorded meeting it was proposed to. Rule: analysts and admins. */
export async function acceptProposedSource(itemId: unknown): Promise<{ meetingId: string }> {
  const user = await requireRole("analyst");
  const id = parse(itemIdSchema, itemId, "item", "This proposed source does not exist.");
  return runMeetingWork(db, user.id, async (unit) => {
    const item = await lockOpenProposal(unit, id);
    const source = { outlet: item.outlet, url: item.url ?? undefined, publishedOn: item.publishedOn?.toISOString().slice(0, 10), text: item.text };
    await addSources(unit, item.meetingId, [source], `Source proposed by batch “${item.batch}”, item ${item.position + 1}, accepted`);
    await unit.tx.ingestItem.update({ where: { id }, data: { proposal: "ACCEPTED", resolvedById: user.id, resolvedAt: new Date() } });
    return { meetingId: item.meetingId };
  });
}

/** Dismisses a proposed source: the meeting stays as it is. Rule: analysts and admins. */
export async function dismissProposedSource(itemId: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const id = parse(itemIdSchema, itemId, "item", "This proposed source does not exist.");
  await db.$transaction(async (tx) => {
    const updated = await tx.ingestItem.updateMany({ where: { id, proposal: "OPEN" }, data: { proposal: "DISMISSED", resolvedById: user.id, resolvedAt: new Date() } });
    if (updated.count === 0) throw new AppError("conflict", "This proposed source does not exist, or someone has already accepted or dismissed it.");
  });
}
