import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { getSignedInAccount } from "@/lib/auth/sessions/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface UserPreferences {
  /** Visible table columns in order; empty means the default set. */
  meetingColumns: string[];
  shortcutsEnabled: boolean;
}

const DEFAULTS: UserPreferences = { meetingColumns: [], shortcutsEnabled: true };

const columnsSchema = z.array(z.string().regex(/^[a-z]{1,20}$/)).max(20);

/** The caller's preferences, defaults when none are saved. Rule: any signed-in user, their own. */
export async function getPreferences(): Promise<UserPreferences> {
  const user = await requireUser();
  // A page's session read brought them (lib/auth/sessions/request-extras.ts): no statement of their own.
  const account = await getSignedInAccount();
  if (account?.user.id === user.id) return account.extras.preferences ?? DEFAULTS;
  const row = await db.userPreference.findUnique({
    where: { userId: user.id },
    select: { meetingColumns: true, shortcutsEnabled: true },
  });
  return row ?? DEFAULTS;
}

/** Remembers which table columns the caller shows, in order, on every device. Rule: own only. */
export async function setMeetingColumns(columns: unknown): Promise<void> {
  const user = await requireUser();
  const parsed = columnsSchema.safeParse(columns);
  if (!parsed.success) throw new AppError("validation", "These columns are not known.");
  const meetingColumns = [...new Set(parsed.data)];
  await db.userPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, meetingColumns }, update: { meetingColumns } });
}

/** Turns single-key shortcuts on or off (WCAG 2.1.4). Rule: own only. */
export async function setShortcutsEnabled(enabled: unknown): Promise<void> {
  const user = await requireUser();
  if (typeof enabled !== "boolean") throw new AppError("validation", "Choose on or off.");
  await db.userPreference.upsert({
    where: { userId: user.id },
    create: { userId: user.id, shortcutsEnabled: enabled },
    update: { shortcutsEnabled: enabled },
  });
}
