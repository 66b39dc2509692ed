import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_REVIEW_RULE, type ReviewRule } from "@/lib/review/status-rule";

type Reader = Pick<Prisma.TransactionClient, "reviewSettings">;

/**
 * The review rule as stored, for code that has checked its caller already (the write path reads it
 * inside its transaction, so a save and a settings change never half-overlap). "unsafe": no check.
 */
export async function unsafeReadReviewRule(client: Reader = db): Promise<ReviewRule> {
  const row = await client.reviewSettings.findUnique({ where: { id: 1 }, select: { requireSecondPerson: true, smallEditsWithoutReview: true } });
  return row ?? DEFAULT_REVIEW_RULE;
}

/** The review rule, for the admin settings page. Rule: admins. */
export async function getReviewSettings(): Promise<ReviewRule> {
  await requireRole("admin");
  return unsafeReadReviewRule();
}

const flag = z.enum(["on", "off"]).transform((value) => value === "on");
export const reviewSettingsSchema = z.object({ requireSecondPerson: flag, smallEditsWithoutReview: flag });

/** Changes the team's review rule; the next save or step follows it. Rule: admins. */
export async function setReviewSettings(input: unknown): Promise<ReviewRule> {
  const admin = await requireRole("admin");
  const parsed = reviewSettingsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Choose on or off for each setting.");
  const data = { ...parsed.data, updatedById: admin.id };
  await db.reviewSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
  return parsed.data;
}
