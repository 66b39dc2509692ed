import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const mutations = await import("@/lib/meetings/mutations");
const { changeMeetingTags, createMeeting, deleteMeeting, restoreMeetingRevision, undeleteMeeting, updateMeeting } = mutations;
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { loadSnapshot } = await import("@/lib/meetings/internal/write/stored-snapshot");
const { searchMeetings } = await import("@/lib/meetings/search/search-meetings");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let analyst: Account;
let otherAnalyst: Account;
let viewer: Account;
let admin: Account;
let topicIds: string[];

const text = "ASTANA, June 12. Foreign Minister Aibek Nurlanov met Austrian minister Katharina Holzner. They signed a memorandum.";
const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });

const valid = {
  title: "Foreign ministers meet in Astana",
  kind: "MEETING",
  date: "2025-06-12",
  countries: [
    { countryCode: "KZ", side: "HOST" },
    { countryCode: "AT", side: "GUEST" },
  ],
};

let calls = 0;

/** A record with every part filled (new, uniquely named people): the round trip must keep all of it. */
function fullRecord(label: string) {
  calls += 1;
  const suffix = `${label}-${calls}`;
  return {
    ...valid,
    title: `Full record ${label}`,
    status: "PUBLISHED",
    place: "Astana",
    locationCountryCode: "KZ",
    summary: "Talks on transit and energy.",
    outcome: "A memorandum on green hydrogen.",
    topicIds,
    tags: [`energy ${suffix}`, `Caspian ${suffix}`],
    participants: [
      { name: `Aibek Nurlanov ${suffix}`, title: "Minister of Foreign Affairs", organization: `MFA of Kazakhstan ${suffix}`, countryCode: "KZ", side: "HOST", isDelegationLead: true },
      { name: `Katharina Holzner ${suffix}`, title: "Federal Minister", countryCode: "AT", side: "GUEST", isDelegationLead: true },
    ],
    sources: [{ outlet: "MFA of Kazakhstan", url: "https://example.org/readout", publishedOn: "2025-06-12", language: "en", title: "Readout", text }],
    evidence: [
      { sourceIndex: 0, ...at("ASTANA"), target: { type: "field", field: "place" } },
      { sourceIndex: 0, ...at("Aibek Nurlanov"), target: { type: "participant", index: 0, aspect: "person" } },
      { sourceIndex: 0, ...at("Foreign Minister"), target: { type: "participant", index: 0, aspect: "title" } },
      { sourceIndex: 0, ...at("Austrian"), target: { type: "country", countryCode: "AT" } },
      { sourceIndex: 0, ...at("signed a memorandum"), target: { type: "field", field: "outcome" } },
    ],
  };
}

/** The record as stored now, to edit and save back (its people are linked by id). */
const currentRecord = async (id: string) => (await readMeetingSnapshot(db, id))!.record;

const revisionsOf = (id: string) =>
  db.revision.findMany({ where: { entityType: "Meeting", entityId: id }, orderBy: { id: "asc" } });

beforeAll(async () => {
  [analyst, otherAnalyst, viewer, admin] = await Promise.all([
    createTestAccount(db, "analyst"),
    createTestAccount(db, "analyst"),
    createTestAccount(db, "viewer"),
    createTestAccount(db, "admin"),
  ]);
  topicIds = (await db.topic.findMany({ select: { id: true }, orderBy: { name: "asc" }, take: 2 })).map((t) => t.id);
});

beforeEach(() => setRequest({ cookies: analyst.cookies }));

describe("createMeeting", () => {
  it("refuses viewers and signed-out callers and writes nothing", async () => {
    const before = await db.meeting.count();
    setRequest({ cookies: viewer.cookies });
    await expect(createMeeting(valid)).rejects.toMatchObject({ code: "forbidden" });
    setRequest();
    await expect(createMeeting(valid)).rejects.toMatchObject({ code: "unauthorized" });
    expect(await db.meeting.count()).toBe(before);
  });

  it("reports each invalid field by its path", async () => {
    const error = await createMeeting({
      title: " ",
      kind: "PICNIC",
      date: "2024-02-30",
      countries: [],
      participants: [{ name: "" }],
      sources: [{ outlet: "Trend", url: "javascript:alert(1)", text: "" }],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation" });
    const fields = Object.keys((error as { fieldErrors: Record<string, string[]> }).fieldErrors);
    expect(fields).toEqual(
      expect.arrayContaining(["title", "kind", "date", "countries", "participants.0.name", "sources.0.url", "sources.0.text"]),
    );
  });

  it("names an unknown country, topic or person instead of failing on a foreign key", async () => {
    await expect(
      createMeeting({
        ...valid,
        countries: [{ countryCode: "ZZ" }],
        topicIds: ["01890a5d-ac96-774b-bcce-b302099a8057"],
      }),
    ).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { "countries.0.countryCode": [expect.any(String)], topicIds: [expect.any(String)] },
    });
    await expect(
      createMeeting({ ...valid, participants: [{ name: "Nobody", personId: "01890a5d-ac96-774b-bcce-b302099a8057" }] }),
    ).rejects.toMatchObject({ code: "validation", fieldErrors: { "participants.0.personId": [expect.any(String)] } });
  });

  it("writes every part of the record, a CREATE revision whose snapshot round-trips it, and a search vector", async () => {
    const input = fullRecord("rt");
    const { id, version } = await createMeeting({ ...input, datePrecision: "MONTH" });
    expect(version).toBe(1);

    const snapshot = (await readMeetingSnapshot(db, id))!;
    expect(snapshot.record).toMatchObject({
      title: input.title,
      date: "2025-06-01",
      datePrecision: "MONTH",
      place: "Astana",
      summary: input.summary,
      outcome: input.outcome,
      topicIds: [...topicIds].sort(),
      participants: [
        { name: input.participants[0]!.name, title: "Minister of Foreign Affairs", organization: input.participants[0]!.organization, countryCode: "KZ", side: "HOST", isDelegationLead: true },
        { name: input.participants[1]!.name, title: "Federal Minister", organization: "", countryCode: "AT", side: "GUEST", isDelegationLead: true },
      ],
      sources: [{ outlet: "MFA of Kazakhstan", url: "https://example.org/readout", publishedOn: "2025-06-12", title: "Readout", text }],
    });
    expect(snapshot.record.tags.sort()).toEqual([...input.tags].sort());
    expect(snapshot.record.evidence).toHaveLength(input.evidence.length);
    expect(snapshot.record.evidence).toEqual(expect.arrayContaining(input.evidence.map((e) => expect.objectContaining(e))));

    const revisions = await revisionsOf(id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "CREATE", version: 1, actorId: analyst.id, before: null });
    expect(await loadSnapshot(db, revisions[0]!.after)).toEqual(JSON.parse(JSON.stringify(snapshot)));

    // Writing the snapshot back changes nothing: the record is complete.
    const { version: v2 } = await updateMeeting(id, 1, snapshot.record);
    expect((await readMeetingSnapshot(db, id))!.record).toEqual(snapshot.record);
    expect(v2).toBe(2);

    expect((await searchMeetings({ q: "Holzner" })).rows.map((row) => row.id)).toContain(id);
  });

  it("stores hostile markup exactly as typed, as text", async () => {
    const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> ' OR 1=1-- \u202Eevil`;
    const { id } = await createMeeting({ ...valid, title: hostile, summary: hostile, participants: [{ name: hostile, allowNamesake: true }] });
    const snapshot = (await readMeetingSnapshot(db, id))!;
    expect(snapshot.record.title).toBe(hostile.trim());
    expect(snapshot.record.summary).toBe(hostile.trim());
    expect(snapshot.record.participants[0]!.name).toBe(hostile.trim());
  });
});

describe("entity linking", () => {
  it("records a different spelling as an alias seen in the meeting's first source", async () => {
    const { id } = await createMeeting({ ...fullRecord("alias"), title: "Alias source" });
    const liu = (await readMeetingSnapshot(db, id))!.record.participants[1]!;
    const second = await createMeeting({
      ...valid,
      title: "Alias use",
      participants: [{ personId: liu.personId, name: "Katarina Holzner alias" }],
      sources: [{ outlet: "Kazinform", text: "Katarina Holzner alias arrived." }],
    });
    const sourceId = (await db.source.findFirstOrThrow({ where: { meetingId: second.id } })).id;
    const aliases = await db.personAlias.findMany({ where: { personId: liu.personId } });
    expect(aliases).toEqual([expect.objectContaining({ alias: "Katarina Holzner alias", sourceId })]);

    // The canonical spelling, or the same alias again, adds nothing.
    await createMeeting({ ...valid, title: "Alias again", participants: [{ personId: liu.personId, name: "KATARINA HOLZNER ALIAS" }] });
    await createMeeting({ ...valid, title: "Canonical", participants: [{ personId: liu.personId, name: liu.name }] });
    expect(await db.personAlias.count({ where: { personId: liu.personId } })).toBe(1);
  });

  it("never matches a typed name silently: a namesake needs the analyst's choice", async () => {
    await createMeeting({ ...valid, participants: [{ name: "Thomas Reisinger", countryCode: "AT" }] });
    await expect(createMeeting({ ...valid, participants: [{ name: "thomas reisinger" }] })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { "participants.0.personId": [expect.stringMatching(/already in Parley/)] },
    });
    await createMeeting({ ...valid, participants: [{ name: "Thomas Reisinger", allowNamesake: true }] });
    expect(await db.person.count({ where: { name: { equals: "Thomas Reisinger", mode: "insensitive" } } })).toBe(2);
    // Someone of the same name from another country is not a namesake to ask about.
    await createMeeting({ ...valid, participants: [{ name: "Wang Lihua", countryCode: "CN" }] });
    await createMeeting({ ...valid, participants: [{ name: "Wang Lihua", countryCode: "SG" }] });
    expect(await db.person.count({ where: { name: "Wang Lihua" } })).toBe(2);
  });

  it("twenty analysts creating the same new person at once make one person; the others are asked to choose", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => createMeeting({ ...valid, title: `Race ${i}`, participants: [{ name: "Tahir Budagov", countryCode: "AZ" }] })),
    );
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "validation" });
    expect(await db.person.count({ where: { name: "Tahir Budagov" } })).toBe(1);
  });

  it("links an organisation by exact name and makes one when many saves name a new one at once", async () => {
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        createMeeting({ ...valid, participants: [{ name: `Envoy ${i}`, allowNamesake: true, organization: "Embassy of Testland" }] }),
      ),
    );
    await createMeeting({ ...valid, participants: [{ name: "Envoy 6", allowNamesake: true, organization: "EMBASSY OF TESTLAND" }] });
    expect(await db.organization.count({ where: { name: { equals: "Embassy of Testland", mode: "insensitive" } } })).toBe(1);
  });
});

describe("updateMeeting", () => {
  it("saves with the version it was opened at and records the record after; the one before is the previous revision's", async () => {
    const { id } = await createMeeting(fullRecord("upd"));
    const { version } = await updateMeeting(id, 1, { ...(await currentRecord(id)), title: "Renamed", participants: [], evidence: [] });
    expect(version).toBe(2);
    const [create, update] = await revisionsOf(id);
    expect(update).toMatchObject({ action: "UPDATE", version: 2, actorId: analyst.id, before: null });
    expect((create!.after as { record: { title: string } }).record.title).toBe("Full record upd");
    expect((update!.after as { record: { title: string; participants: unknown[] } }).record).toMatchObject({ title: "Renamed", participants: [] });
  });

  it("of fifty saves from one version exactly one wins; the rest get a conflict with the current record and change nothing", async () => {
    const { id } = await createMeeting(fullRecord("race"));
    const record = await currentRecord(id);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => updateMeeting(id, 1, { ...record, title: `Edit ${i}`, summary: `Summary ${i}` })),
    );
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toMatchObject({ code: "conflict", current: { version: 2 } });
      }
    }
    const snapshot = (await readMeetingSnapshot(db, id))!;
    // No mixed fields: title and summary come from the same save.
    expect(snapshot.record).toMatchObject({ title: `Edit ${won[0]}`, summary: `Summary ${won[0]}` });
    expect(await db.revision.count({ where: { entityId: id } })).toBe(2);
  });

  it("refuses a source id that is not this meeting's, and a missing version", async () => {
    const first = await createMeeting(fullRecord("src1"));
    const other = await createMeeting(fullRecord("src2"));
    const foreign = (await readMeetingSnapshot(db, other.id))!.record.sources[0]!;
    await expect(updateMeeting(first.id, 1, { ...(await currentRecord(first.id)), sources: [foreign], evidence: [] })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { "sources.0.id": [expect.any(String)] },
    });
    await expect(updateMeeting(first.id, undefined, await currentRecord(first.id))).rejects.toMatchObject({ code: "validation" });
    expect((await readMeetingSnapshot(db, first.id))!.version).toBe(1);
  });

  it("adds a second source to an existing meeting and keeps the first one's id", async () => {
    const { id } = await createMeeting(fullRecord("two"));
    const before = (await readMeetingSnapshot(db, id))!;
    await updateMeeting(id, 1, { ...before.record, sources: [...before.record.sources, { outlet: "Kazinform", text: "Second report." }] });
    const after = (await readMeetingSnapshot(db, id))!;
    expect(after.record.sources.map((s) => s.outlet).sort()).toEqual(["Kazinform", "MFA of Kazakhstan"]);
    expect(after.record.sources.map((s) => s.id)).toContain(before.record.sources[0]!.id);
  });
});

describe("delete, undelete and restore", () => {
  it("soft-deletes with a DELETE revision; only admins bring it back, with a RESTORE revision", async () => {
    const { id } = await createMeeting(fullRecord("del"));
    await expect(deleteMeeting(id, 5)).rejects.toMatchObject({ code: "conflict" });
    await deleteMeeting(id, 1);
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).deletedById).toBe(analyst.id);
    await expect(updateMeeting(id, 2, valid)).rejects.toMatchObject({ code: "not_found" });
    await expect(undeleteMeeting(id)).rejects.toMatchObject({ code: "forbidden" });
    setRequest({ cookies: admin.cookies });
    await undeleteMeeting(id);
    expect((await revisionsOf(id)).map((r) => r.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });

  it("restoring an earlier revision brings back participants, sources and evidence as a new revision", async () => {
    const { id } = await createMeeting(fullRecord("restore"));
    const original = (await readMeetingSnapshot(db, id))!;
    await updateMeeting(id, 1, { ...valid, title: "Stripped" });
    await restoreMeetingRevision(id, 1, 2);
    const restored = (await readMeetingSnapshot(db, id))!;
    expect(restored.version).toBe(3);
    expect(restored.record).toEqual(original.record);
    expect((await revisionsOf(id)).map((r) => r.action)).toEqual(["CREATE", "UPDATE", "RESTORE"]);
  });

  it("an analyst cannot take a meeting out of the trash by restoring a revision; an admin can", async () => {
    const { id } = await createMeeting(fullRecord("trash-restore"));
    await deleteMeeting(id, 1);
    await expect(restoreMeetingRevision(id, 1, 2)).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await revisionsOf(id)).map((r) => r.action)).toEqual(["CREATE", "DELETE"]);
    setRequest({ cookies: admin.cookies });
    await restoreMeetingRevision(id, 1, 2);
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });
});

describe("changeMeetingTags", () => {
  it("stores a tag toggle on a meeting with long sources in a few kilobytes, the texts kept once", async () => {
    // Random words, so PostgreSQL's compression cannot hide a stored copy.
    const words = (n: number) => (randomBytes(75_000).toString("base64").match(/.{1,9}/gu) ?? []).join(" ") + ` (${n})`;
    const [first, second] = [words(1), words(2)];
    const long = (n: number) => (n === 1 ? first : second);
    const record = fullRecord("long");
    const { id } = await createMeeting({ ...record, evidence: [], sources: [{ ...record.sources[0]!, text: long(1) }, { outlet: "Second", text: long(2) }] });
    const texts = await db.sourceText.count();
    for (const tag of ["First toggle", "Second toggle"]) await changeMeetingTags([id], { add: [tag] });
    const sizes = await db.$queryRaw<{ bytes: number }[]>`
      SELECT coalesce(pg_column_size("before"), 0) + pg_column_size("after") AS "bytes" FROM "Revision" WHERE "entityId" = ${id} ORDER BY "id"`;
    // Each of the two texts is about 110 KB; a revision naming them by hash is a few kilobytes.
    expect(sizes).toHaveLength(3);
    expect(Math.max(...sizes.map((s) => Number(s.bytes)))).toBeLessThan(8_000);
    expect(await db.sourceText.count()).toBe(texts);
    // The history still shows the record whole, texts included.
    expect((await loadSnapshot(db, (await revisionsOf(id))[2]!.after))!.record.sources.map((s) => s.text.length).sort()).toEqual([long(1).length, long(2).length].sort());
  });

  it("keeps both of two tag additions made at once, each with its revision", async () => {
    const { id } = await createMeeting(fullRecord("tags"));
    setRequest({ cookies: analyst.cookies });
    const first = changeMeetingTags([id], { add: ["Alpha tag"] });
    setRequest({ cookies: otherAnalyst.cookies });
    const second = changeMeetingTags([id], { add: ["Beta tag"] });
    await Promise.all([first, second]);
    const tags = (await readMeetingSnapshot(db, id))!.record.tags;
    expect(tags).toEqual(expect.arrayContaining(["Alpha tag", "Beta tag"]));
    expect(await db.revision.count({ where: { entityId: id } })).toBe(3);
  });

  it("treats EU and eu as one tag, counts only meetings that changed, and refuses viewers", async () => {
    const a = await createMeeting(fullRecord("eu1"));
    const b = await createMeeting(fullRecord("eu2"));
    expect(await changeMeetingTags([a.id], { add: ["EU"] })).toEqual({ changed: 1 });
    expect(await changeMeetingTags([a.id, b.id], { add: ["eu"] })).toEqual({ changed: 1 });
    expect(await db.tag.count({ where: { slug: "eu" } })).toBe(1);
    expect(await changeMeetingTags([a.id, b.id], { remove: ["Eu"] })).toEqual({ changed: 2 });
    setRequest({ cookies: viewer.cookies });
    await expect(changeMeetingTags([a.id], { add: ["x"] })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("history", () => {
  it("is append-only: revisions cannot be changed or deleted", async () => {
    const { id } = await createMeeting(fullRecord("ao"));
    await expect(db.$executeRaw`UPDATE "Revision" SET "after" = '{}' WHERE "entityId" = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "Revision" WHERE "entityId" = ${id}`).rejects.toThrow(/append-only/);
  });

  // Every write the data layer exposes must leave a revision: a new export without a row here fails.
  const writesLeavingRevisions: Record<string, (id: string) => Promise<unknown>> = {
    createMeeting: async () => undefined,
    updateMeeting: async (id) => updateMeeting(id, 1, { ...(await currentRecord(id)), title: "w" }),
    deleteMeeting: (id) => deleteMeeting(id, 1),
    undeleteMeeting: async (id) => {
      await deleteMeeting(id, 1);
      setRequest({ cookies: admin.cookies });
      return undeleteMeeting(id);
    },
    restoreMeetingRevision: async (id) => {
      await updateMeeting(id, 1, { ...(await currentRecord(id)), title: "w" });
      return restoreMeetingRevision(id, 1, 2);
    },
    changeMeetingTags: (id) => changeMeetingTags([id], { add: ["revision check"] }),
  };

  it("has a revision scenario for every exported write", () => {
    expect(Object.keys(mutations).sort()).toEqual(Object.keys(writesLeavingRevisions).sort());
  });

  it.each(Object.entries(writesLeavingRevisions))("%s leaves a revision with the new version", async (_name, write) => {
    const { id } = await createMeeting(fullRecord("w"));
    await write(id);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const revisions = await revisionsOf(id);
    expect(revisions.at(-1)!.version).toBe(meeting.version);
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: meeting.version }, (_, i) => i + 1));
  });
});
