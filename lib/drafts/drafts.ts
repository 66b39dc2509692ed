import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseMeetingFormValues, type MeetingFormValues } from "@/lib/meetings/form-data";

// Server-side drafts of the meeting form: what the analyst typed survives a reload, a closed tab
// or an expired session. A draft belongs to its author alone: every read and write is scoped by
// authorId, and someone else's draft id behaves exactly like one that does not exist.

/** A draft's values as JSON are bounded: 20 sources of 200,000 characters plus the rest. */
const MAX_DRAFT_CHARS = 5_000_000;

const draftIdSchema = z.uuid();

const saveDraftSchema = z.object({
  draftId: z.preprocess((v) => (v === "" || v === null ? undefined : v), draftIdSchema.optional()),
  meetingId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid().optional()),
  baseVersion: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().min(1).optional()),
  values: z.unknown(),
});

export interface DraftSummary {
  id: string;
  title: string;
  meetingId: string | null;
  updatedAt: Date;
}

export interface Draft extends DraftSummary {
  baseVersion: number | null;
  values: MeetingFormValues;
}

/**
 * Creates or replaces the caller's draft; returns its id. A draft id that is not the caller's
 * starts a new draft rather than touching someone else's. Rule: analysts and admins.
 */
export async function saveDraft(input: unknown): Promise<{ id: string; savedAt: Date }> {
  const user = await requireRole("analyst");
  const parsed = saveDraftSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "This draft could not be read.");
  const values = parseMeetingFormValues(parsed.data.values);
  const json = JSON.stringify(values);
  if (json.length > MAX_DRAFT_CHARS) throw new AppError("validation", "This draft is too large to keep: shorten the source texts.");
  const { draftId, meetingId, baseVersion } = parsed.data;
  const data = {
    title: values.title.trim().slice(0, 300),
    values: JSON.parse(json) as Prisma.InputJsonValue,
    meetingId: meetingId ?? null,
    baseVersion: baseVersion ?? null,
  };
  if (meetingId && !(await db.meeting.findFirst({ where: { id: meetingId, deletedAt: null }, select: { id: true } }))) {
    throw new AppError("not_found", "This meeting does not exist.");
  }
  if (draftId) {
    const updated = await db.meetingDraft.updateManyAndReturn({
      where: { id: draftId, authorId: user.id },
      data,
      select: { id: true, updatedAt: true },
    });
    if (updated[0]) return { id: updated[0].id, savedAt: updated[0].updatedAt };
  }
  const created = await db.meetingDraft.create({ data: { ...data, authorId: user.id }, select: { id: true, updatedAt: true } });
  return { id: created.id, savedAt: created.updatedAt };
}

/** The caller's drafts, latest first. Rule: analysts and admins; only their own. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const user = await requireRole("analyst");
  return db.meetingDraft.findMany({
    where: { authorId: user.id },
    select: { id: true, title: true, meetingId: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
}

/** One of the caller's drafts, or null (also for someone else's). Rule: analysts and admins. */
export async function getDraft(id: unknown): Promise<Draft | null> {
  const user = await requireRole("analyst");
  const parsed = draftIdSchema.safeParse(id);
  if (!parsed.success) return null;
  const draft = await db.meetingDraft.findFirst({
    where: { id: parsed.data, authorId: user.id },
    select: { id: true, title: true, meetingId: true, updatedAt: true, baseVersion: true, values: true },
  });
  return draft ? { ...draft, values: parseMeetingFormValues(draft.values) } : null;
}

/** Deletes one of the caller's drafts; someone else's is left alone. Rule: analysts and admins. */
export async function discardDraft(id: unknown): Promise<{ discarded: boolean }> {
  const user = await requireRole("analyst");
  const parsed = draftIdSchema.safeParse(id);
  if (!parsed.success) return { discarded: false };
  const { count } = await db.meetingDraft.deleteMany({ where: { id: parsed.data, authorId: user.id } });
  return { discarded: count > 0 };
}
