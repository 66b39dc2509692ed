import "server-only";
import { mentionsName } from "@/lib/comments/body-text";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * The users a comment names: of those picked in the type-ahead, the active ones whose "@Name"
 * is still in the text (deleting the name from the text takes the mention back). Any signed-in
 * user may be mentioned, whatever their role.
 */
export async function resolveMentions(tx: Tx, body: string, pickedIds: string[]): Promise<string[]> {
  if (pickedIds.length === 0) return [];
  const users = await tx.user.findMany({ where: { id: { in: pickedIds }, banned: false }, select: { id: true, name: true } });
  return users.filter((user) => mentionsName(body, user.name)).map((user) => user.id);
}

/**
 * Records the mentions a comment gained and lost, and the inbox items that go with them, in the
 * comment's own transaction (a mention needs no fan-out: who to tell is in the comment). The
 * author is never told of their own mention.
 */
export async function syncMentions(tx: Tx, comment: { id: string; meetingId: string; authorId: string }, userIds: string[]): Promise<string[]> {
  const before = (await tx.commentMention.findMany({ where: { commentId: comment.id }, select: { userId: true } })).map((m) => m.userId);
  const added = userIds.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !userIds.includes(id));
  if (removed.length > 0) {
    await tx.commentMention.deleteMany({ where: { commentId: comment.id, userId: { in: removed } } });
    await tx.inboxItem.deleteMany({ where: { commentId: comment.id, reason: "MENTION", userId: { in: removed } } });
  }
  if (added.length > 0) {
    await tx.commentMention.createMany({ data: added.map((userId) => ({ commentId: comment.id, userId })) });
    const told = added.filter((userId) => userId !== comment.authorId);
    if (told.length > 0) {
      await tx.inboxItem.createMany({
        data: told.map((userId) => ({ userId, reason: "MENTION" as const, meetingId: comment.meetingId, commentId: comment.id, actorId: comment.authorId })),
      });
    }
  }
  return added;
}
