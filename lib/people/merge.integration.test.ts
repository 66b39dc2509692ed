import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { finishedMerge } = await import("@/lib/testing/merge-jobs");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { addPersonAlias, mergePeople, removePersonAlias, unmergePerson } = await import("@/lib/people/mutations");
const { updateMeeting } = await import("@/lib/meetings/mutations");
const { getPersonPage } = await import("@/lib/people/queries");

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
let viewer: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  [analyst, viewer] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

/** Every row that refers to a person, as plain data: equal before a merge and after its undo. */
async function footprint(personIds: string[]) {
  const [participations, evidence, aliases] = await Promise.all([
    db.participation.findMany({ where: { personId: { in: personIds } }, orderBy: { id: "asc" } }),
    db.evidence.findMany({ where: { OR: [{ personId: { in: personIds } }, { participation: { personId: { in: personIds } } }] }, select: { id: true, personId: true, participationId: true }, orderBy: { id: "asc" } }),
    db.personAlias.findMany({ where: { personId: { in: personIds } }, select: { id: true, personId: true, alias: true, sourceId: true }, orderBy: { id: "asc" } }),
  ]);
  return { participations, evidence, aliases };
}

describe("merging people", () => {
  it("moves every participation, evidence span and alias, redirects the duplicate, and an undo restores every row", async () => {
    const keep = await createTestPerson(db, { name: "Ilham Aliyev", countryCode: "AZ" });
    const dup = await createTestPerson(db, { name: "Ilham Aliev", countryCode: "AZ", aliases: ["I. Aliyev", "Ильхам Алиев"] });
    await db.personAlias.create({ data: { personId: keep.id, alias: "I. Aliyev" } });
    // One meeting with only the duplicate, one with both (the duplicate's row must fold into the kept one).
    const onlyDup = await createTestMeeting(db, { participants: [{ personId: dup.id, countryCode: "AZ", isDelegationLead: true }, { countryCode: "CN" }] });
    const both = await createTestMeeting(db, { participants: [{ personId: keep.id, countryCode: "AZ" }, { personId: dup.id, countryCode: "AZ", title: "President" }] });
    const dupParticipation = await db.participation.findFirstOrThrow({ where: { meetingId: both.id, personId: dup.id } });
    const source = await db.source.findFirstOrThrow({ where: { meetingId: both.id } });
    await db.evidence.create({ data: { meetingId: both.id, sourceId: source.id, startOffset: 0, endOffset: 4, quote: source.text.slice(0, 4), participationId: dupParticipation.id, field: "title" } });
    await db.evidence.create({ data: { meetingId: onlyDup.id, sourceId: (await db.source.findFirstOrThrow({ where: { meetingId: onlyDup.id } })).id, startOffset: 0, endOffset: 1, quote: "x", personId: dup.id } });
    const beforeMerge = await footprint([keep.id, dup.id]);

    setRequest({ cookies: viewer.cookies });
    await expect(mergePeople({ id: dup.id, intoId: keep.id })).rejects.toMatchObject({ code: "forbidden" });
    setRequest({ cookies: analyst.cookies });
    await expect(mergePeople({ id: dup.id, intoId: dup.id })).rejects.toMatchObject({ code: "validation" });

    await finishedMerge(mergePeople({ id: dup.id, intoId: keep.id }));
    const merged = await footprint([keep.id, dup.id]);
    expect(merged.participations.every((p) => p.personId === keep.id)).toBe(true);
    expect(merged.participations).toHaveLength(beforeMerge.participations.length - 1);
    expect(merged.evidence).toHaveLength(beforeMerge.evidence.length);
    expect(merged.evidence.every((e) => e.personId === null || e.personId === keep.id)).toBe(true);
    expect(merged.aliases.map((a) => a.alias).sort()).toEqual(["I. Aliyev", "Ilham Aliev", "Ильхам Алиев"]);
    expect((await readMeetingSnapshot(db, onlyDup.id))!.record.participants[0]!.personId).toBe(keep.id);
    expect(await db.revision.count({ where: { entityType: "Meeting", entityId: both.id, action: "MERGE" } })).toBe(1);
    await expect(getPersonPage(dup.id)).resolves.toEqual({ state: "merged", into: keep.id });

    await finishedMerge(unmergePerson({ id: dup.id }));
    expect(await footprint([keep.id, dup.id])).toEqual(beforeMerge);
    expect((await getPersonPage(dup.id))?.state).toBe("found");
    expect(await db.revision.count({ where: { entityType: "Meeting", entityId: both.id, action: "UNMERGE" } })).toBe(1);
    await expect(unmergePerson({ id: dup.id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses to undo a merge after an edit or a later merge moved its rows, moving nothing, and counts what an undo moves", async () => {
    const keep = await createTestPerson(db, { countryCode: "AZ" });
    const dup = await createTestPerson(db, { countryCode: "AZ" });
    const edited = await createTestMeeting(db, { participants: [{ personId: dup.id, countryCode: "AZ" }, { countryCode: "CN" }] });
    await createTestMeeting(db, { participants: [{ personId: dup.id, countryCode: "AZ" }, { countryCode: "CN" }] });
    await finishedMerge(mergePeople({ id: dup.id, intoId: keep.id }));

    // An edit saves the whole record: its participations are written anew, under new ids.
    const snapshot = (await readMeetingSnapshot(db, edited.id))!;
    await updateMeeting(edited.id, snapshot.version, { ...snapshot.record, title: "Edited after the merge" });
    const beforeUndo = await footprint([keep.id, dup.id]);
    await expect(unmergePerson({ id: dup.id })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("can no longer be undone") });
    expect(await footprint([keep.id, dup.id])).toEqual(beforeUndo);
    expect((await db.person.findUniqueOrThrow({ where: { id: dup.id } })).mergedIntoId).toBe(keep.id);

    // A merge with nothing changed since is undone, and says how many rows went back.
    const other = await createTestPerson(db, { countryCode: "AZ" });
    await createTestMeeting(db, { participants: [{ personId: other.id, countryCode: "AZ" }, { countryCode: "CN" }] });
    await finishedMerge(mergePeople({ id: other.id, intoId: keep.id }));
    await expect(finishedMerge(unmergePerson({ id: other.id }))).resolves.toMatchObject({ status: "DONE", moved: 1, message: expect.stringContaining("1 meeting put back") });

    // A later merge of the kept person moves the rows on: the first merge cannot be undone either.
    const third = await createTestPerson(db, { countryCode: "AZ" });
    const moved = await createTestPerson(db, { countryCode: "AZ" });
    await createTestMeeting(db, { participants: [{ personId: moved.id, countryCode: "AZ" }, { countryCode: "CN" }] });
    await finishedMerge(mergePeople({ id: moved.id, intoId: third.id }));
    await finishedMerge(mergePeople({ id: third.id, intoId: keep.id }));
    await expect(unmergePerson({ id: moved.id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("adds and removes an alias with its source, each a revision", async () => {
    const person = await createTestPerson(db, { name: "Wang Yi" });
    const meeting = await createTestMeeting(db, { participants: [{ personId: person.id, countryCode: "CN" }] });
    const source = await db.source.findFirstOrThrow({ where: { meetingId: meeting.id } });
    await addPersonAlias({ personId: person.id, alias: "Ван И", sourceId: source.id });
    await expect(addPersonAlias({ personId: person.id, alias: "ван и" })).rejects.toMatchObject({ code: "validation", fieldErrors: { alias: [expect.any(String)] } });
    const alias = await db.personAlias.findFirstOrThrow({ where: { personId: person.id, alias: "Ван И" } });
    expect(alias.sourceId).toBe(source.id);
    await removePersonAlias({ aliasId: alias.id });
    expect(await db.personAlias.count({ where: { personId: person.id } })).toBe(0);
    expect(await db.revision.count({ where: { entityType: "Person", entityId: person.id } })).toBe(2);
  });
});
