import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Recomputes a meeting's two search vectors (parley_refresh_search_vectors, in the migrations):
 * its own weighted one (title, people and their aliases, organisations, topics, tags, places,
 * summary), which ranks, and its match vector (that one followed by every source's), which every
 * search probes. Writes refresh them through the unit of work (write/unit-of-work.ts), many at
 * once; this one-meeting form is for the demo seed's loader and tests. The vectors are not a
 * trigger because they span seven tables.
 */
export async function refreshMeetingSearchVectors(tx: Prisma.TransactionClient, meetingId: string): Promise<void> {
  await tx.$executeRaw`SELECT parley_refresh_search_vectors(${meetingId}::uuid, ${meetingId}::uuid)`;
}
