import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { importUpload, VISITS_HEADER } from "@/lib/testing/import-upload";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
// Chunks that fail as a whole (an error no check foresaw), every time, while this switch is on.
const failChunks = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/meetings/write/create-meetings", async (original) => {
  const actual = await original<typeof import("@/lib/meetings/write/create-meetings")>();
  return {
    ...actual,
    createMeetings: (...args: Parameters<typeof actual.createMeetings>) => {
      if (failChunks.on) throw new Error("a chunk that fails as a whole");
      return actual.createMeetings(...args);
    },
  };
});

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestPerson } = await import("@/lib/testing/factories");
const { createImportJob, confirmImportMapping, getImportJob } = await import("@/lib/import/jobs");
const { runImportJob, untilImportJobsHereEnd } = await import("@/lib/import/runner");
const { searchMeetings } = await import("@/lib/meetings/search/search-meetings");
const { createMeetings } = await import("@/lib/meetings/write/create-meetings");
const { runMeetingWork } = await import("@/lib/meetings/write/unit-of-work");

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  analyst = await createTestAccount(db, "analyst");
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

const unique = () => crypto.randomUUID().slice(0, 8);
const HEADER = VISITS_HEADER;
const upload = importUpload;


/** Stages, dry-runs, then runs a file the way `options` says (set-wise chunks, or row by row). */
async function importFile(name: string, text: string, options: Parameters<typeof runImportJob>[1], status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const id = await createImportJob(upload(name, text));
  await confirmImportMapping(id, { columns: (await getImportJob(id)).columns, status });
  await untilImportJobsHereEnd();
  await db.importJob.update({ where: { id }, data: { status: "RUNNING" } });
  await runImportJob(id, options);
  return id;
}

/** Everything an import made of a file, with its tag and ids folded out, so two imports of the same rows compare equal. */
async function whatWasMade(id: string, tag: string) {
  const fold = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(tag, "TAG").replaceAll(id, "JOB"));
  const rows = await db.importRow.findMany({ where: { jobId: id }, orderBy: { rowNumber: "asc" }, select: { rowNumber: true, outcome: true, reason: true, meetingId: true } });
  const rowOf = new Map(rows.flatMap((r) => (r.outcome === "CREATED" ? [[r.meetingId!, r.rowNumber] as const] : [])));
  const meetings = [];
  for (const row of rows.filter((r) => r.outcome === "CREATED")) {
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: row.meetingId! },
      select: {
        title: true, kind: true, status: true, date: true, datePrecision: true, place: true, locationCountryCode: true, summary: true, version: true, createdById: true,
        countries: { select: { countryCode: true, side: true }, orderBy: { countryCode: "asc" } },
        participations: { select: { title: true, side: true, countryCode: true, isDelegationLead: true, position: true, person: { select: { name: true } }, organization: { select: { name: true } } } },
        tags: { select: { tag: { select: { name: true } } } },
      },
    });
    const revisions = await db.revision.findMany({ where: { entityType: "Meeting", entityId: row.meetingId! }, select: { action: true, note: true, version: true, seq: true, actorId: true } });
    expect(revisions.every((r) => r.seq !== null)).toBe(true);
    const search = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM "MeetingMatch" WHERE "meetingId" = ${row.meetingId!}::uuid`;
    meetings.push({ row: row.rowNumber, meeting, revisions: revisions.map(({ seq: _seq, ...r }) => r), searchRows: search[0]!.n });
  }
  const people = [];
  for (const person of await db.person.findMany({ where: { name: { contains: tag } }, orderBy: { name: "asc" }, select: { id: true, name: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } } })) {
    const stats = await db.personMeetingStats.findUnique({ where: { personId: person.id }, select: { meetings: true, lastMetOn: true } });
    people.push({ name: person.name, aliases: person.aliases, stats });
  }
  const organizations = [];
  for (const organization of await db.organization.findMany({ where: { name: { contains: tag } }, orderBy: { name: "asc" }, select: { id: true, name: true } })) {
    organizations.push({ name: organization.name, stats: await db.organizationMeetingStats.findUnique({ where: { organizationId: organization.id }, select: { meetings: true } }) });
  }
  return fold({
    outcomes: rows.map((r) => ({ ...r, meetingId: r.meetingId ? (rowOf.get(r.meetingId) ?? "elsewhere") : null })),
    meetings,
    people,
    organizations,
  });
}

const fileOf = (tag: string) =>
  [
    HEADER,
    `2024-05-01,New Leader ${tag},President,Azerbaijan,Baku,Energy talks ${tag},Energy Ministry ${tag}`,
    `1 June 2024,ILHAM ƏLIYEV ${tag},President,France,Paris,State visit,`,
    `2024-07-01,Someone Else ${tag},Minister,Atlantis,,,`,
    `2024-08-01,New Leader ${tag},President,Türkiye,Ankara,Second visit,Energy Ministry ${tag}`,
    // The same content as row 2: the same meeting.
    `2024-05-01,New Leader ${tag},President,Azerbaijan,Baku,Reworded purpose,`,
    // The same leader, day and country as row 3 under another title: already recorded.
    `1 June 2024,Ilham Aliyev ${tag},Summit in Paris ${tag},France,Paris,Same day,`,
    `2024-09-01,,,Georgia,Tbilisi ${tag},No leader,`,
  ].join("\n");

describe("the set-wise run", () => {
  it("makes exactly what the row-by-row run makes: records, revisions with file and row in the feed, search rows, spellings and registry counts", async () => {
    const made = [];
    for (const setWise of [false, true]) {
      const tag = unique();
      await createTestPerson(db, { name: `Ilham Aliyev ${tag}`, countryCode: null, aliases: [`İlham Əliyev ${tag}`] });
      const id = await importFile(`same-${tag}.csv`, fileOf(tag), { setWise, concurrency: 1 });
      expect(await getImportJob(id)).toMatchObject({ status: "DONE", done: 7, created: 4, existing: 2, refused: 1 });
      made.push(await whatWasMade(id, tag));

      // Found as the row-by-row run's meetings are: by a spelling the row used, and by its title's words.
      const spelled = await db.importRow.findFirstOrThrow({ where: { jobId: id, rowNumber: 3 }, select: { meetingId: true } });
      expect((await searchMeetings({ q: `ILHAM ƏLIYEV ${tag}`, size: "100" })).rows.map((m) => m.id)).toContain(spelled.meetingId);
      const titled = await db.importRow.findFirstOrThrow({ where: { jobId: id, rowNumber: 2 }, select: { meetingId: true } });
      expect((await searchMeetings({ q: `Energy talks ${tag}`, size: "100" })).rows.map((m) => m.id)).toContain(titled.meetingId);
    }
    expect(made[1]).toEqual(made[0]);
  });

  it("keeps an import asked to publish In review under the second-person rule, as row by row does", async () => {
    const tag = unique();
    await db.reviewSettings.upsert({ where: { id: 1 }, create: { id: 1, requireSecondPerson: true }, update: { requireSecondPerson: true } });
    try {
      const id = await importFile(`review-${tag}.csv`, [HEADER, `2023-05-14,Reviewed ${tag},Minister,Japan,Tokyo,Talks,`, `2023-05-15,Reviewed ${tag},Minister,China,Beijing,Talks,`].join("\n"), {}, "PUBLISHED");
      const rows = await db.importRow.findMany({ where: { jobId: id }, select: { meetingId: true } });
      for (const { meetingId } of rows) {
        expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId! }, select: { status: true } })).status).toBe("IN_REVIEW");
        const [revision] = await db.revision.findMany({ where: { entityType: "Meeting", entityId: meetingId! }, select: { action: true, note: true } });
        expect(revision!.action).toBe("CREATE");
        expect(revision!.note).toMatch(/^Imported from “review-.*”, row \d \(import .*\)\. Publishing needs a second person/);
      }
    } finally {
      await db.reviewSettings.update({ where: { id: 1 }, data: { requireSecondPerson: false } });
    }
  });

  it("resumes after a stop mid-import without duplicates, and the same file again creates nothing", async () => {
    const tag = unique();
    const text = [HEADER, ...Array.from({ length: 10 }, (_, i) => `2022-06-${String(i + 1).padStart(2, "0")},Envoy ${i % 3} ${tag},Envoy,Armenia,Gyumri,Round ${i},`)].join("\n");
    const id = await importFile(`resume-${tag}.csv`, text, { batchSize: 4, concurrency: 1, maxBatches: 1 });
    expect(await getImportJob(id)).toMatchObject({ status: "RUNNING", done: 4, created: 4 });
    await runImportJob(id, { batchSize: 4 });
    expect(await getImportJob(id)).toMatchObject({ status: "DONE", done: 10, created: 10 });
    expect(await db.person.count({ where: { name: { endsWith: tag } } })).toBe(3);
    expect(await db.revision.count({ where: { note: { contains: `“resume-${tag}.csv”` } } })).toBe(10);

    const again = await importFile(`resume-${tag}.csv`, text, {});
    expect(await getImportJob(again)).toMatchObject({ status: "DONE", created: 0, existing: 10 });
    expect(await db.importedMeeting.count({ where: { key: { in: (await db.importRow.findMany({ where: { jobId: id }, select: { key: true } })).map((r) => r.key!) } } })).toBe(10);
  });

  it("does a chunk that fails as a whole again row by row: every row gets its outcome, once", async () => {
    const tag = unique();
    const text = [HEADER, ...Array.from({ length: 5 }, (_, i) => `2021-07-0${i + 1},Fallback ${i} ${tag},Envoy,Chile,Santiago,Round ${i},`), `2021-07-09,Nobody ${tag},Envoy,Atlantis,,,`].join("\n");
    failChunks.on = true;
    const id = await importFile(`fallback-${tag}.csv`, text, {}).finally(() => (failChunks.on = false));
    expect(await getImportJob(id)).toMatchObject({ status: "DONE", done: 6, created: 5, refused: 1 });
    expect(await db.revision.count({ where: { note: { contains: `“fallback-${tag}.csv”` } } })).toBe(5);
  });
});

describe("createMeetings", () => {
  it("refuses a bad record alone, with the form's field errors, writing nothing of it", async () => {
    const tag = unique();
    const taken = await createTestPerson(db, { name: `Taken Name ${tag}`, countryCode: null });
    const record = (name: string, country: string) => ({
      title: `Set-wise ${name}`, kind: "MEETING", status: "DRAFT", date: "2024-01-02", datePrecision: "DAY", place: "", locationCountryCode: country, summary: "",
      countries: [{ countryCode: country, side: "HOST" }],
      participants: [{ name, title: "", organization: "", isDelegationLead: true }], tags: [`tag ${tag}`],
    });
    const results = await runMeetingWork(db, analyst.id, (unit) =>
      createMeetings(unit, [
        { record: record(`First ${tag}`, "FR"), note: "one" },
        { record: record(`Nowhere ${tag}`, "QQ"), note: "two" },
        { record: record(`Taken Name ${tag}`, "FR"), note: "three" },
        { record: { ...record(`Broken ${tag}`, "FR"), date: "not a date" } },
        { record: record(`Last ${tag}`, "DE"), note: "five" },
      ]),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, false, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { fieldErrors: { "countries.0.countryCode": [expect.stringContaining("not a country")] } } });
    expect(results[2]).toMatchObject({ ok: false, error: { fieldErrors: { "participants.0.personId": [expect.stringContaining("already in Parley")] } } });
    // Nothing of the refused records: no meeting, no new person.
    expect(await db.person.findMany({ where: { name: { endsWith: tag } }, select: { id: true }, orderBy: { name: "asc" } })).toHaveLength(3);
    expect(await db.person.count({ where: { name: `Nowhere ${tag}` } })).toBe(0);
    expect(await db.participation.count({ where: { personId: taken.id } })).toBe(0);
    const created = results.flatMap((r) => (r.ok ? [r.id] : []));
    expect(await db.revision.findMany({ where: { entityId: { in: created } }, select: { note: true }, orderBy: { note: "asc" } })).toEqual([{ note: "five" }, { note: "one" }]);
  });
});
