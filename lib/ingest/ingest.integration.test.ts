import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { extractInPool, extractionPool } = await import("@/lib/extraction/pool/extraction-pool");
const { unsafeCreateIngestBatch } = await import("@/lib/ingest/start-batch");
const { resumeStaleIngestBatches, runIngestBatch, untilIngestBatchesHereEnd } = await import("@/lib/ingest/runner");
const { readIngestBatch } = await import("@/lib/ingest/batches");
const { parsePastedItems } = await import("@/lib/ingest/parse-items");
const { attachMachineDraft, discardMachineDraft, acceptProposedSource } = await import("@/lib/ingest/review-drafts");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");

// The worker loads through tsx here: seconds on a busy machine, paid once, before the tests.
beforeAll(async () => {
  // A first job past the time limit on a loaded machine: once more (the worker is then warm).
  await extractInPool("Warm up.", {}).catch(() => extractInPool("Warm up.", {}));
  const analyst = await createTestAccount(db, "analyst");
  setRequest({ cookies: analyst.cookies });
  actorId = analyst.id;
});
afterAll(async () => {
  await untilIngestBatchesHereEnd();
  await extractionPool().close();
});

let actorId: string;

// Invented people in a far-off year keep these drafts apart from the demo data and other tests.
const valletta = (names: { speaker: string; minister: string }) =>
  `ASTANA, March 3 (Testwire) -- Kazakh Foreign Minister ${names.speaker} met Hungarian Foreign Minister ${names.minister} in Astana on Tuesday. The two sides discussed energy cooperation and trade.`;
const reykjavik = (names: { speaker: string; minister: string }) =>
  `BUDAPEST, March 3 (Northwire) -- Hungarian Foreign Minister ${names.minister} held talks with Kazakh Foreign Minister ${names.speaker} in Astana, the ministry said. They agreed to deepen cooperation in energy.`;

function namesFor(suffix: string) {
  return { speaker: `Orin Vassallo${suffix}`, minister: `Hekla Jonsdottir${suffix}` };
}
/** An invented surname of its own per test, so no two tests' people are namesakes. */
const word = () => `Q${Array.from({ length: 6 }, () => "abcdefghijklmnoprstuvwyz"[Math.floor(Math.random() * 24)]).join("")}`;

async function batchOf(pasted: string, name = "Test batch") {
  const items = parsePastedItems(pasted, { outlet: "Testwire", published: "1874-03-03" });
  return unsafeCreateIngestBatch(name, items, actorId);
}

const itemsOf = (batchId: string) => db.ingestItem.findMany({ where: { batchId }, orderBy: { position: "asc" } });

describe("batch ingest", () => {
  it("folds the same meeting from two agencies into one machine draft with two sources", async () => {
    const names = namesFor(` ${word()}`);
    const batchId = await batchOf(`${valletta(names)}\n---\n${reykjavik(names)}`);
    const progress = await runIngestBatch(batchId);
    expect(progress).toMatchObject({ status: "DONE", done: 2, drafted: 1, addedToDraft: 1 });
    const [first, second] = await itemsOf(batchId);
    expect(first!.outcome).toBe("DRAFTED");
    expect(second!.outcome).toBe("ADDED_TO_DRAFT");
    expect(second!.meetingId).toBe(first!.meetingId);
    const draft = await db.meeting.findUniqueOrThrow({ where: { id: first!.meetingId! }, select: { machineDrafted: true, draftConfidence: true, status: true } });
    expect(draft).toMatchObject({ machineDrafted: true, status: "DRAFT" });
    expect(draft.draftConfidence).toBeGreaterThan(0);
    const snapshot = await readMeetingSnapshot(db, first!.meetingId!);
    expect(snapshot!.record.sources.map((s) => s.text)).toEqual(expect.arrayContaining([valletta(names), reykjavik(names)]));
    expect(snapshot!.record.countries.map((c) => c.countryCode).sort()).toEqual(["HU", "KZ"]);
    // Both texts' passages are kept as evidence.
    expect(new Set(snapshot!.record.evidence.map((e) => e.sourceIndex)).size).toBe(2);
    const notes = await db.revision.findMany({ where: { entityType: "Meeting", entityId: first!.meetingId! }, orderBy: { version: "asc" }, select: { note: true } });
    expect(notes.map((n) => n.note)).toEqual(["Ingested from batch “Test batch”, item 1", "Ingested from batch “Test batch”, item 2: another account of this meeting, added as a source"]);
    // Nobody Parley knows is named: the people wait for the reviewer, unlinked, and none is created.
    expect(first!.unlinked).toEqual(expect.arrayContaining([names.speaker, names.minister]));
    expect(await db.person.count({ where: { name: { in: [names.speaker, names.minister] } } })).toBe(0);
  });

  it("proposes an item's source to a meeting already recorded, and drafts nothing", async () => {
    const names = namesFor(` ${word()}`);
    const speaker = await createTestPerson(db, { name: names.speaker, countryCode: "KZ" });
    const recorded = await createTestMeeting(db, {
      date: new Date(Date.UTC(1874, 2, 3)),
      countries: [{ code: "KZ" }, { code: "HU" }],
      participants: [{ personId: speaker.id, countryCode: "KZ" }],
    });
    const before = await readMeetingSnapshot(db, recorded.id);
    const batchId = await batchOf(reykjavik(names));
    expect(await runIngestBatch(batchId)).toMatchObject({ status: "DONE", proposed: 1, drafted: 0 });
    const [item] = await itemsOf(batchId);
    expect(item).toMatchObject({ outcome: "PROPOSED", meetingId: recorded.id, proposal: "OPEN" });
    expect(await readMeetingSnapshot(db, recorded.id)).toEqual(before);

    await acceptProposedSource(item!.id);
    const after = await readMeetingSnapshot(db, recorded.id);
    expect(after!.version).toBe(before!.version + 1);
    expect(after!.record.sources.map((s) => s.text)).toContain(reykjavik(names));
    expect((await db.ingestItem.findUniqueOrThrow({ where: { id: item!.id } })).proposal).toBe("ACCEPTED");
    await expect(acceptProposedSource(item!.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("goes on from the next item after a stop, never repeating one", async () => {
    const items = [0, 1, 2].map(() => valletta(namesFor(` ${word()}`)).replace("March 3", "March 20"));
    const batchId = await batchOf(items.join("\n---\n"), "Stopped batch");
    expect(await runIngestBatch(batchId, { maxItems: 1 })).toMatchObject({ status: "RUNNING", done: 1 });
    expect((await itemsOf(batchId)).map((i) => i.outcome)).toEqual(["DRAFTED", "PENDING", "PENDING"]);
    // The instance running it is gone: once its lease runs out, the sweeper takes the batch up.
    expect(await resumeStaleIngestBatches()).not.toContain(batchId);
    await db.ingestBatch.update({ where: { id: batchId }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
    expect(await resumeStaleIngestBatches()).toContain(batchId);
    await untilIngestBatchesHereEnd();
    expect(await readIngestBatch(batchId)).toMatchObject({ status: "DONE", done: 3, drafted: 3 });
    const meetings = (await itemsOf(batchId)).map((i) => i.meetingId);
    expect(new Set(meetings).size).toBe(3);
    expect(await db.revision.count({ where: { entityType: "Meeting", entityId: { in: meetings as string[] }, action: "CREATE" } })).toBe(3);
  });

  it("discards a machine draft to the trash with the reason as its revision's note", async () => {
    const batchId = await batchOf(valletta(namesFor(` ${word()}`)).replace("March 3", "March 25"));
    await runIngestBatch(batchId);
    const [item] = await itemsOf(batchId);
    const draft = await readMeetingSnapshot(db, item!.meetingId!);
    await expect(discardMachineDraft(draft!.id, draft!.version, "")).rejects.toMatchObject({ code: "validation" });
    await discardMachineDraft(draft!.id, draft!.version, "A courtesy call, not a meeting we record");
    const gone = await db.meeting.findUniqueOrThrow({ where: { id: draft!.id }, select: { deletedAt: true } });
    expect(gone.deletedAt).not.toBeNull();
    const last = await db.revision.findFirstOrThrow({ where: { entityType: "Meeting", entityId: draft!.id }, orderBy: { version: "desc" } });
    expect(last).toMatchObject({ action: "DELETE", note: "A courtesy call, not a meeting we record" });
    // A recorded meeting is no machine draft: discarding is refused, nothing changes.
    const recorded = await createTestMeeting(db, {});
    await expect(discardMachineDraft(recorded.id, recorded.version, "no")).rejects.toMatchObject({ code: "conflict" });
  });

  it("attaches a machine draft to a recorded meeting as a source, and the draft goes", async () => {
    const batchId = await batchOf(valletta(namesFor(` ${word()}`)).replace("March 3", "March 28"));
    await runIngestBatch(batchId);
    const [item] = await itemsOf(batchId);
    const draft = await readMeetingSnapshot(db, item!.meetingId!);
    const recorded = await createTestMeeting(db, { date: new Date(Date.UTC(1874, 2, 28)) });
    await attachMachineDraft(draft!.id, draft!.version, recorded.id);
    const after = await readMeetingSnapshot(db, recorded.id);
    expect(after!.record.sources.map((s) => s.text)).toContain(draft!.record.sources[0]!.text);
    expect(after!.version).toBe(recorded.version + 1);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: draft!.id }, select: { deletedAt: true } })).deletedAt).not.toBeNull();
    const last = await db.revision.findFirstOrThrow({ where: { entityType: "Meeting", entityId: draft!.id }, orderBy: { version: "desc" } });
    expect(last.note).toContain("as a source");
    expect((await db.ingestItem.findUniqueOrThrow({ where: { id: item!.id } })).meetingId).toBe(recorded.id);
  });
});
