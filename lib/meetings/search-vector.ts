import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Recomputes a meeting's own search vector (title, people and their aliases, organisations,
 * topics, tags, places, summary). Call it inside the transaction of every write that changes
 * any of those, after the write: the vector is not a trigger because it spans six tables.
 */
export async function refreshMeetingSearchVector(tx: Prisma.TransactionClient, meetingId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Meeting" SET "searchVector" = parley_meeting_search_vector(${meetingId}::uuid) WHERE "id" = ${meetingId}::uuid`;
}
