import type { Prisma, RevisionAction } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * The meeting as the revision log stores it: its own fields and the ids of what it links to,
 * read back from the database so every revision (app, seed, later edits) has the same shape and
 * a diff or a restore can rely on it.
 */
export async function meetingSnapshot(tx: Tx, id: string): Promise<Prisma.InputJsonObject> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      date: true,
      datePrecision: true,
      place: true,
      locationCountryCode: true,
      summary: true,
      outcome: true,
      version: true,
      deletedAt: true,
      countries: { select: { countryCode: true, side: true }, orderBy: { countryCode: "asc" } },
      participations: {
        select: {
          id: true,
          personId: true,
          organizationId: true,
          countryCode: true,
          title: true,
          side: true,
          isDelegationLead: true,
          position: true,
        },
        orderBy: { position: "asc" },
      },
      topics: { select: { topicId: true }, orderBy: { topicId: "asc" } },
      tags: { select: { tagId: true }, orderBy: { tagId: "asc" } },
      sources: { select: { id: true, outlet: true, url: true, publishedOn: true }, orderBy: { id: "asc" } },
    },
  });
  // Dates become ISO strings, as they will be when read back from JSON.
  return JSON.parse(JSON.stringify(meeting)) as Prisma.InputJsonObject;
}

/** Writes one revision of a meeting: call it in the write's transaction, after the write. */
export async function recordMeetingRevision(
  tx: Tx,
  change: { meetingId: string; action: RevisionAction; actorId: string | null; before?: Prisma.InputJsonObject },
): Promise<void> {
  const after = await meetingSnapshot(tx, change.meetingId);
  await tx.revision.create({
    data: {
      entityType: "Meeting",
      entityId: change.meetingId,
      version: Number(after.version),
      action: change.action,
      actorId: change.actorId,
      before: change.before,
      after,
    },
  });
}
