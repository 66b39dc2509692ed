import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { importUpload, VISITS_HEADER } from "@/lib/testing/import-upload";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestOrganization, createTestPerson } = await import("@/lib/testing/factories");
const { createImportJob, confirmImportMapping, startImportRun, getImportJob } = await import("@/lib/import/jobs");
const { listImportRows, countImportPlans, refusedRowsCsv } = await import("@/lib/import/rows");
const { runImportJob, resumeStaleImportJobs, untilImportJobsHereEnd } = await import("@/lib/import/runner");

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  analyst = await createTestAccount(db, "analyst");
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

const unique = () => crypto.randomUUID().slice(0, 8);
const HEADER = VISITS_HEADER;
const upload = importUpload;


/** Uploads, confirms the guessed columns, and waits for the dry run. */
async function dryRun(name: string, text: string, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const id = await createImportJob(upload(name, text));
  const job = await getImportJob(id);
  await confirmImportMapping(id, { columns: job.columns, status });
  await untilImportJobsHereEnd();
  return id;
}

async function run(id: string) {
  await startImportRun(id);
  await untilImportJobsHereEnd();
  return getImportJob(id);
}

const rowsOf = async (id: string) => new Map((await listImportRows(id, { page: 1 })).rows.map((row) => [row.rowNumber, row]));

describe("the dry run", () => {
  it("says row by row what would be created, linked through a spelling, found already recorded, or refused and why, and the run does just that", async () => {
    const tag = unique();
    const known = await createTestPerson(db, { name: `Ilham Aliyev ${tag}`, countryCode: null, aliases: [`İlham Əliyev ${tag}`] });
    const ministry = await createTestOrganization(db, { name: `Ministry of Foreign Affairs ${tag}`, acronym: `MFA${tag}`, countryCode: null });
    const recordedDay = "2021-03-04";
    const recorded = await createTestMeeting(db, { date: new Date(`${recordedDay}T00:00:00Z`), countries: [{ code: "FR", side: "HOST" }], participants: [{ personId: known.id }] });
    const csv = [
      HEADER,
      `2024-05-01,New Leader ${tag},President,Azerbaijan,Baku,Energy talks,`,
      `1 June 2024,ILHAM ƏLIYEV ${tag},President,France,Paris,State visit,MFA${tag}`,
      `05/01/2024,Someone ${tag},Minister,Georgia,Tbilisi,,`,
      `2024-07-01,Someone Else ${tag},Minister,Atlantis,,,`,
      `2024-08-01,New Leader ${tag},President,Türkiye,Ankara,Second visit,`,
      `${recordedDay},Ilham Aliyev ${tag},President,France,Paris,Recorded by hand,`,
    ].join("\n");
    const id = await dryRun(`visits-${tag}.csv`, csv);

    expect((await getImportJob(id)).status).toBe("CHECKED");
    expect(await countImportPlans(id)).toEqual({ create: 3, exists: 1, refuse: 2 });
    const rows = await rowsOf(id);
    expect(rows.get(2)).toMatchObject({ plan: "CREATE", detail: { person: { action: "create", name: `New Leader ${tag}` } } });
    expect(rows.get(3)).toMatchObject({
      plan: "CREATE",
      detail: { person: { action: "link", id: known.id, spelling: `ILHAM ƏLIYEV ${tag}` }, organization: { action: "link", id: ministry.id, via: "acronym" } },
    });
    expect(rows.get(4)).toMatchObject({ plan: "REFUSE", detail: { reason: expect.stringContaining("YYYY-MM-DD") } });
    expect(rows.get(5)).toMatchObject({ plan: "REFUSE", detail: { reason: expect.stringContaining("“Atlantis” is not a country") } });
    expect(rows.get(6)).toMatchObject({ plan: "CREATE", detail: { person: { action: "earlier-row", rowNumber: 2 } } });
    expect(rows.get(7)).toMatchObject({ plan: "EXISTS", detail: { meetingId: recorded.id } });
    // A dry run writes no meeting and no person.
    expect(await db.person.count({ where: { name: `New Leader ${tag}` } })).toBe(0);

    const done = await run(id);
    expect(done).toMatchObject({ status: "DONE", done: 6, created: 3, existing: 1, refused: 2 });
    const after = await rowsOf(id);
    // One new person for both of their rows; the spelling linked to the person who has it.
    expect(await db.person.count({ where: { name: `New Leader ${tag}` } })).toBe(1);
    const linked = await db.participation.findFirstOrThrow({ where: { meetingId: after.get(3)!.meetingId! }, select: { personId: true, organizationId: true } });
    expect(linked).toEqual({ personId: known.id, organizationId: ministry.id });
    expect(after.get(7)).toMatchObject({ outcome: "EXISTS", meetingId: recorded.id });
    // Every meeting's revision names the file and the row it came from.
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "Meeting", entityId: after.get(6)!.meetingId! } });
    expect(revision).toMatchObject({ action: "CREATE", note: expect.stringContaining(`“visits-${tag}.csv”, row 6`) });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: after.get(2)!.meetingId! }, select: { title: true, place: true, status: true, kind: true } })).toEqual({
      title: `New Leader ${tag} in Baku, Azerbaijan`,
      place: "Baku",
      status: "DRAFT",
      kind: "MEETING",
    });

    let report = "";
    for await (const chunk of refusedRowsCsv(id)) report += chunk;
    const lines = report.trim().split("\r\n");
    expect(lines[0]).toBe(`Row,Reason,${HEADER}`);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(["4", "5"]);
  });
});

describe("idempotence", () => {
  it("creates nothing new when the same file is imported twice, even re-sorted", async () => {
    const tag = unique();
    const lines = [`2023-01-10,Visitor A ${tag},Minister,Kazakhstan,Astana,Talks,`, `2023-02-11,Visitor B ${tag},Minister,Uzbekistan,Tashkent,Talks,`, `2023-03-12,Visitor C ${tag},Minister,China,Beijing,Talks,`,
      // No leader: only the content key can tell this row was imported before.
      `2023-04-13,,,Mongolia,Ulaanbaatar ${tag},Talks,`];
    const first = await dryRun(`first-${tag}.csv`, [HEADER, ...lines].join("\n"));
    expect(await run(first)).toMatchObject({ created: 4 });
    const meetings = await db.meeting.count();

    const second = await dryRun(`second-${tag}.csv`, [HEADER, ...lines.reverse()].join("\n"));
    expect(await countImportPlans(second)).toEqual({ create: 0, exists: 4, refuse: 0 });
    expect(await run(second)).toMatchObject({ status: "DONE", created: 0, existing: 4 });
    expect(await db.meeting.count()).toBe(meetings);
    expect(await db.person.count({ where: { name: { startsWith: "Visitor", endsWith: tag } } })).toBe(3);
  });
});

describe("the review rule", () => {
  it("leaves an import asked to publish In review while publishing needs a second person, and its revision says both why and where from", async () => {
    const tag = unique();
    await db.reviewSettings.upsert({ where: { id: 1 }, create: { id: 1, requireSecondPerson: true }, update: { requireSecondPerson: true } });
    try {
      const id = await dryRun(`reviewed-${tag}.csv`, [HEADER, `2023-05-14,Reviewed Visitor ${tag},Minister,Japan,Tokyo,Talks,`].join("\n"), "PUBLISHED");
      expect(await run(id)).toMatchObject({ created: 1 });
      const meetingId = (await rowsOf(id)).get(2)!.meetingId!;
      expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { status: true } })).status).toBe("IN_REVIEW");
      const revision = await db.revision.findFirstOrThrow({ where: { entityType: "Meeting", entityId: meetingId }, select: { action: true, note: true } });
      expect(revision.action).toBe("CREATE");
      expect(revision.note).toContain(`Imported from “reviewed-${tag}.csv”, row 2`);
      expect(revision.note).toContain("Publishing needs a second person");
    } finally {
      await db.reviewSettings.update({ where: { id: 1 }, data: { requireSecondPerson: false } });
    }
  });
});

describe("resuming", () => {
  it("goes on after a stop half way, from the rows not yet done, and imports each row once", async () => {
    const tag = unique();
    const lines = Array.from({ length: 12 }, (_, i) => `2022-05-${String(i + 1).padStart(2, "0")},Courier ${i} ${tag},Envoy,Armenia,Gyumri,Round ${i},`);
    const id = await dryRun(`stop-${tag}.csv`, [HEADER, ...lines].join("\n"));
    await db.importJob.update({ where: { id }, data: { status: "RUNNING" } });
    await runImportJob(id, { batchSize: 2, concurrency: 1, maxBatches: 3 });
    expect(await getImportJob(id)).toMatchObject({ status: "RUNNING", done: 6, created: 6 });

    await db.importJob.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
    expect(await resumeStaleImportJobs({ batchSize: 2 })).toEqual([id]);
    await untilImportJobsHereEnd();
    expect(await getImportJob(id)).toMatchObject({ status: "DONE", done: 12, created: 12, refused: 0 });
    expect(await db.importedMeeting.count({ where: { jobId: id } })).toBe(12);
    const notes = await db.revision.findMany({ where: { note: { contains: `“stop-${tag}.csv”` } }, select: { entityId: true } });
    expect(new Set(notes.map((n) => n.entityId)).size).toBe(12);
    expect(notes).toHaveLength(12);
  });
});

describe("who may import", () => {
  it("refuses a viewer, and hides one analyst's import from another", async () => {
    const viewer = await createTestAccount(db, "viewer");
    setRequest({ cookies: viewer.cookies });
    await expect(createImportJob(upload("x.csv", `${HEADER}\n2024-01-01,A,B,France,,,`))).rejects.toMatchObject({ code: "forbidden" });
    setRequest({ cookies: analyst.cookies });
    const id = await createImportJob(upload("mine.csv", `${HEADER}\n2024-01-01,A,B,France,,,`));
    const other = await createTestAccount(db, "analyst");
    setRequest({ cookies: other.cookies });
    await expect(getImportJob(id)).rejects.toMatchObject({ code: "not_found" });
  });
});
