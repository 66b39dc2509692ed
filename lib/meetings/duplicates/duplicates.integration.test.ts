import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { findPossibleDuplicates } = await import("@/lib/meetings/duplicates/find-duplicates");
const { attachSourceToMeeting } = await import("@/lib/meetings/duplicates/attach-source");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");

// A far-off year keeps these meetings apart from the demo data and other tests.
const day = (d: number) => new Date(Date.UTC(1873, 3, d));

beforeAll(async () => {
  setRequest({ cookies: (await createTestAccount(db, "analyst")).cookies });
});

describe("possible duplicates", () => {
  it("finds meetings a day either side between the same countries or with a shared participant", async () => {
    const person = await createTestPerson(db, { countryCode: "FI" });
    const sameCountries = await createTestMeeting(db, { date: day(10), countries: [{ code: "FI", side: "HOST" }, { code: "EE", side: "GUEST" }] });
    const sharedPerson = await createTestMeeting(db, {
      date: day(11),
      countries: [{ code: "FI" }, { code: "LV" }],
      participants: [{ personId: person.id, countryCode: "FI" }],
    });
    const otherCountries = await createTestMeeting(db, { date: day(10), countries: [{ code: "LT" }, { code: "PL" }] });
    const tooLate = await createTestMeeting(db, { date: day(13), countries: [{ code: "FI" }, { code: "EE" }] });

    const found = await findPossibleDuplicates({ date: "1873-04-11", countryCodes: ["EE", "FI"], personIds: [person.id] });
    const ids = found.map((m) => m.id);
    expect(ids).toContain(sameCountries.id);
    expect(ids).toContain(sharedPerson.id);
    expect(ids).not.toContain(otherCountries.id);
    expect(ids).not.toContain(tooLate.id);
    expect(found.find((m) => m.id === sharedPerson.id)?.reasons).toContain("shares a participant");
    expect(found.find((m) => m.id === sameCountries.id)?.reasons).toEqual(["same countries"]);
  });

  it("ignores deleted meetings and incomplete queries", async () => {
    const gone = await createTestMeeting(db, { date: day(20), countries: [{ code: "IS" }, { code: "NO" }], deletedAt: new Date() });
    expect((await findPossibleDuplicates({ date: "1873-04-20", countryCodes: ["IS", "NO"] })).map((m) => m.id)).not.toContain(gone.id);
    expect(await findPossibleDuplicates({ date: "not a day", countryCodes: ["IS"] })).toEqual([]);
    expect(await findPossibleDuplicates({ date: "1873-04-20" })).toEqual([]);
  });

  it("attaches a source to the existing meeting instead, as a new revision", async () => {
    const meeting = await createTestMeeting(db, { date: day(25) });
    const saved = await attachSourceToMeeting(meeting.id, { outlet: "Helsingin Sanomat", url: "https://example.org/a", text: "Another account of the talks." });
    expect(saved.version).toBe(meeting.version + 1);
    const snapshot = await readMeetingSnapshot(db, meeting.id);
    expect(snapshot?.record.sources.map((s) => s.outlet)).toContain("Helsingin Sanomat");
    await expect(attachSourceToMeeting(meeting.id, { outlet: "", text: "" })).rejects.toMatchObject({ code: "validation", fieldErrors: expect.objectContaining({ "sources.0.outlet": expect.any(Array) }) });
    await expect(attachSourceToMeeting("not-an-id", { outlet: "x", text: "y" })).rejects.toMatchObject({ code: "not_found" });
  });
});
