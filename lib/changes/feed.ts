import "server-only";
import type { PrismaClient, RevisionAction } from "@/lib/generated/prisma/client";

/**
 * The changes feed: every revision of every record, in commit order (decision 0039). Each reader
 * keeps its own cursor (the last `seq` it handled) and asks for what came after it; a trigger
 * numbers revisions so that a number, once visible, never has a smaller one appear after it. The
 * API's `/api/v1/changes`, webhook deliveries and inbox notifications all read it here.
 */
export interface Change {
  /** The change's place in the feed: the cursor to resume after it. */
  seq: bigint;
  /** "Meeting", "Person", "Organization", "Tag", … as in `Revision.entityType`. */
  entityType: string;
  entityId: string;
  action: RevisionAction;
  /** The record's version after the change (meetings); 0 where the record has none. */
  version: number;
  actorId: string | null;
  at: Date;
  note: string | null;
}

export const CHANGES_PAGE_MAX = 1000;

export interface ReadChangesOptions {
  /** Changes after this place; 0n from the beginning. */
  after: bigint;
  limit: number;
  /** Only these record types (all when absent). */
  entityTypes?: readonly string[];
}

/** The next changes after a cursor, oldest first: one index range read, whatever the feed's length. */
export async function readChanges(client: Pick<PrismaClient, "revision">, options: ReadChangesOptions): Promise<Change[]> {
  const rows = await client.revision.findMany({
    where: {
      seq: { gt: options.after },
      ...(options.entityTypes ? { entityType: { in: [...options.entityTypes] } } : {}),
    },
    orderBy: { seq: "asc" },
    take: Math.min(Math.max(1, options.limit), CHANGES_PAGE_MAX),
    select: { seq: true, entityType: true, entityId: true, action: true, version: true, actorId: true, createdAt: true, note: true },
  });
  return rows.map(({ createdAt, ...row }) => ({ ...row, at: createdAt }));
}

/** The newest place in the feed: where a new reader starts when it wants only what comes next. */
export async function latestChangeSeq(client: Pick<PrismaClient, "revision">): Promise<bigint> {
  const newest = await client.revision.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return newest?.seq ?? 0n;
}
