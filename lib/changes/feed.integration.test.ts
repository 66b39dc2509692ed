import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { deleteMeeting } = await import("@/lib/meetings/mutations");
const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { latestChangeSeq, readChanges } = await import("@/lib/changes/feed");

async function recordTestRevision(tx: Pick<typeof db, "revision">, entityId: string) {
  return tx.revision.create({ data: { entityType: "FeedTest", entityId, action: "UPDATE" }, select: { seq: true } });
}

/** Waits until some backend is blocked on an advisory lock; false if none ever is. */
async function someoneWaitsOnAnAdvisoryLock(): Promise<boolean> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const waiting = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'`;
    if (waiting[0]!.n > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe("the changes feed", () => {
  it("lists a meeting's create and delete in order, with the actor and version, resumable from any cursor", async () => {
    const analyst = await createTestAccount(db, "analyst");
    setRequest({ cookies: analyst.cookies });
    const start = await latestChangeSeq(db);
    const meeting = await createTestMeeting(db, { title: "Feed order", createdById: analyst.id });
    await deleteMeeting(meeting.id, meeting.version);

    const changes = (await readChanges(db, { after: start, limit: 100, entityTypes: ["Meeting"] })).filter((c) => c.entityId === meeting.id);
    expect(changes.map((c) => [c.action, c.version])).toEqual([
      ["CREATE", 1],
      ["DELETE", 2],
    ]);
    expect(changes[1]!.actorId).toBe(analyst.id);
    expect(changes[0]!.seq).toBeLessThan(changes[1]!.seq);

    const resumed = await readChanges(db, { after: changes[0]!.seq, limit: 100, entityTypes: ["Meeting"] });
    expect(resumed.map((c) => c.seq)).toContain(changes[1]!.seq);
    expect(resumed.map((c) => c.seq)).not.toContain(changes[0]!.seq);
  });

  it("numbers revisions in commit order: a second writer waits for the first to commit, so a reader never skips a number", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let firstSeq: bigint | undefined;
    const first = db.$transaction(async (tx) => {
      firstSeq = (await recordTestRevision(tx, "first")).seq;
      await released;
    });
    while (firstSeq === undefined) await new Promise((resolve) => setTimeout(resolve, 10));

    const second = db.$transaction((tx) => recordTestRevision(tx, "second"));
    expect(await someoneWaitsOnAnAdvisoryLock()).toBe(true);
    // While the first is open, a reader sees neither: nothing it could pass and miss later.
    const seen = await readChanges(db, { after: firstSeq - 1n, limit: 10, entityTypes: ["FeedTest"] });
    expect(seen).toEqual([]);

    release();
    await first;
    const secondSeq = (await second).seq;
    expect(secondSeq).toBeGreaterThan(firstSeq);
    const after = await readChanges(db, { after: firstSeq - 1n, limit: 10, entityTypes: ["FeedTest"] });
    expect(after.map((c) => c.entityId)).toEqual(["first", "second"]);
  });
});
