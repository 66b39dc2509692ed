import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runMeetingWork } from "@/lib/meetings/write/unit-of-work";
import { returnStepSchema, reviewStepSchema } from "@/lib/review/schemas";
import { approveInUnit, returnInUnit, submitInUnit } from "@/lib/review/write/steps";
import type { z } from "zod";

// The guarded doors to the review steps: each checks the caller's role first (viewers never take a
// step), then parses, then runs the step as one unit of work with the version the caller read.

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the form.", { fieldErrors });
  }
  return parsed.data;
}

type Step = { id: string; version: number };

async function step(input: unknown, run: (unit: Parameters<Parameters<typeof runMeetingWork>[2]>[0], step: Step) => Promise<void>): Promise<Step> {
  const user = await requireRole("analyst");
  const { id, version } = parse(reviewStepSchema, input);
  return runMeetingWork(db, user.id, async (unit) => {
    await run(unit, { id, version });
    return { id, version: version + 1 };
  });
}

/** Sends a draft or a returned meeting for review (`{ id, version }`). Rule: analysts and admins. */
export async function submitForReview(input: unknown): Promise<Step> {
  return step(input, (unit, { id, version }) => submitInUnit(unit, id, version));
}

/**
 * Approves and publishes a meeting (`{ id, version }`); accepting a machine draft is approving it.
 * Rule: analysts and admins; with the team's rule on, not the meeting's last editor.
 */
export async function approveMeeting(input: unknown): Promise<Step> {
  return step(input, (unit, { id, version }) => approveInUnit(unit, id, version));
}

/** Returns a meeting to its author with a reason (`{ id, version, reason }`). Rule: analysts and admins. */
export async function returnMeeting(input: unknown): Promise<Step> {
  const user = await requireRole("analyst");
  const { id, version, reason } = parse(returnStepSchema, input);
  await runMeetingWork(db, user.id, (unit) => returnInUnit(unit, id, version, reason));
  return { id, version: version + 1 };
}

/**
 * Takes a waiting meeting in the queue (`{ id }`): in review or a machine draft, not already taken
 * by someone else. Changes nothing the meeting shows: no revision. Rule: analysts and admins.
 */
export async function assignReviewToMe(input: unknown): Promise<{ id: string }> {
  const user = await requireRole("analyst");
  const { id } = parse(reviewStepSchema.pick({ id: true }), input);
  return db.$transaction(async (tx) => {
    const [meeting] = await tx.$queryRaw<{ status: string; machineDrafted: boolean }[]>`
      SELECT "status"::text AS "status", "machineDrafted" FROM "Meeting" WHERE "id" = ${id}::uuid AND "deletedAt" IS NULL FOR SHARE`;
    if (!meeting) throw new AppError("not_found", "This meeting does not exist or was deleted.");
    if (meeting.status !== "IN_REVIEW" && !(meeting.machineDrafted && meeting.status !== "PUBLISHED")) {
      throw new AppError("conflict", "This meeting is not waiting for review any more.");
    }
    // First one wins; taking it again is harmless. Someone else's stays theirs.
    await tx.$executeRaw`
      INSERT INTO "ReviewAssignment" ("meetingId", "assigneeId") VALUES (${id}::uuid, ${user.id})
      ON CONFLICT ("meetingId") DO NOTHING`;
    const taken = await tx.reviewAssignment.findUniqueOrThrow({ where: { meetingId: id }, select: { assignee: { select: { id: true, name: true } } } });
    if (taken.assignee.id !== user.id) throw new AppError("conflict", `${taken.assignee.name} has already taken this meeting.`);
    return { id };
  });
}
