import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError, fromPrismaError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { MAX_OWN_VIEWS, saveViewSchema, viewIdSchema, type SaveViewInput } from "@/lib/views/internal/schemas";

/**
 * Saves the table's current state under a name; saving an existing name of one's own replaces it.
 * At most MAX_OWN_VIEWS per person, so that the menu always lists every one of them.
 * Rule: any signed-in user, for their own views (viewers too: a view changes no meeting).
 */
export async function saveView(input: SaveViewInput): Promise<{ id: string }> {
  const user = await requireUser();
  const parsed = saveViewSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the view's name.", { fieldErrors: toFieldErrors(parsed.error) });
  const { name, query, shared } = parsed.data;
  // A new name past the cap is refused; replacing one of one's own views is always allowed.
  const [count, existing] = await Promise.all([
    db.savedView.count({ where: { ownerId: user.id } }),
    db.savedView.findUnique({ where: { ownerId_name: { ownerId: user.id, name } }, select: { id: true } }),
  ]);
  if (!existing && count >= MAX_OWN_VIEWS) {
    throw new AppError("validation", `You keep ${MAX_OWN_VIEWS} saved views, the most there can be.`, {
      fieldErrors: { name: [`Delete one of your ${MAX_OWN_VIEWS} views first, or save under the name of one to replace it.`] },
    });
  }
  try {
    return await db.savedView.upsert({
      where: { ownerId_name: { ownerId: user.id, name } },
      create: { ownerId: user.id, name, query, shared },
      update: { query, shared },
      select: { id: true },
    });
  } catch (error) {
    fromPrismaError(error, "view");
  }
}

/**
 * Deletes a saved view. Rule: its owner only; a shared view is not a colleague's to delete, and
 * someone else's id answers "not found" so ids reveal nothing.
 */
export async function deleteView(id: unknown): Promise<void> {
  const user = await requireUser();
  const parsed = viewIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("not_found", "This view no longer exists.");
  const { count } = await db.savedView.deleteMany({ where: { id: parsed.data, ownerId: user.id } });
  if (count === 0) throw new AppError("not_found", "This view no longer exists, or it is not yours to delete.");
}
