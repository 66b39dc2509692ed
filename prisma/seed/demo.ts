import { createPrismaClient } from "@/lib/database/client";
import { refreshMeetingSearchVectors } from "@/lib/meetings/internal/search-vector";
import { createDemoEntities, createDemoMeeting } from "@/prisma/seed/demo-loader";
import { DEMO_MEETINGS } from "@/prisma/seed/demo-meetings";
import { seedReferenceData } from "@/prisma/seed/reference";

/**
 * On a database without meetings: the reference data, then the five annotated demo meetings
 * (prisma/seed/demo-articles), all in one transaction so a failed start leaves nothing half done.
 * A database that has any meeting, even a deleted one, is left alone. In production (`npm start`)
 * only the reference data is loaded: demo meetings have no place in a real workspace.
 */
export async function seedDemoIfEmpty(
  url: string,
  options: { log: (line: string) => void; production: boolean },
): Promise<void> {
  const db = createPrismaClient(url, { max: 2 });
  try {
    if ((await db.meeting.count({ take: 1 })) > 0) return;
    await seedReferenceData(db);
    if (options.production) return;
    const ids = await db.$transaction(
      async (tx) => {
        // Checked again inside: two instances starting at once must not both seed.
        await tx.$executeRaw`LOCK TABLE "Meeting" IN SHARE ROW EXCLUSIVE MODE`;
        if ((await tx.meeting.count({ take: 1 })) > 0) return [];
        const topicRows = await tx.topic.findMany({ select: { id: true, slug: true } });
        const topics = Object.fromEntries(topicRows.map((topic) => [topic.slug, topic.id]));
        const entities = { ...(await createDemoEntities(tx)), topics };
        const created: string[] = [];
        for (const demo of DEMO_MEETINGS) created.push(await createDemoMeeting(tx, demo, entities));
        for (const id of created) await refreshMeetingSearchVectors(tx, id);
        return created;
      },
      { timeout: 60_000 },
    );
    if (ids.length > 0) options.log(`loaded ${ids.length} demo meetings`);
  } finally {
    await db.$disconnect();
  }
}
