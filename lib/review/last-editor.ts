import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who last changed what a meeting says: the actor of its newest revision that is not a review step
 * (a submit, an approval or a return changes no content). Null when that was the seed, or nobody.
 * Not `Meeting.updatedById`: the review steps set that too, and then whoever sent a colleague's
 * draft for review could not approve it while the colleague could.
 */
export async function lastEditorOf(tx: Pick<Prisma.TransactionClient, "$queryRaw">, meetingId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ actorId: string | null }[]>`SELECT ${lastEditorSql(meetingId)} AS "actorId"`;
  return rows[0]?.actorId ?? null;
}

/** lastEditorOf as a scalar subquery, for a statement that reads more with it (the meeting page's). */
export function lastEditorSql(meetingId: string): Prisma.Sql {
  return Prisma.sql`(SELECT "actorId" FROM "Revision"
    WHERE "entityType" = 'Meeting' AND "entityId" = ${meetingId} AND "action" NOT IN ('SUBMIT', 'APPROVE', 'RETURN')
    ORDER BY "createdAt" DESC, "id" DESC LIMIT 1)`;
}
