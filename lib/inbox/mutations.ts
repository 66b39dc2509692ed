import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const itemIdSchema = z.string().regex(/^\d{1,18}$/).transform(BigInt);

/** Marks one item read. Rule: any signed-in user, their own items only (another's is "not found"). */
export async function markInboxItemRead(id: unknown): Promise<void> {
  const user = await requireUser();
  const parsed = itemIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("not_found", "This item is no longer in your inbox.");
  const { count } = await db.inboxItem.updateMany({ where: { id: parsed.data, userId: user.id }, data: { readAt: new Date() } });
  if (count === 0) throw new AppError("not_found", "This item is no longer in your inbox.");
  // Marking one already read changes nothing: the count is what the caller's own rows say.
}

/** Marks every unread item read. Rule: any signed-in user, their own items. */
export async function markAllInboxRead(): Promise<number> {
  const user = await requireUser();
  const { count } = await db.inboxItem.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}
