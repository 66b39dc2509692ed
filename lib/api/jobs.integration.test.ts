import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { apiRequest, createTestToken, routeParams } = await import("@/lib/testing/api-token");
const { untilImportJobsHereEnd } = await import("@/lib/import/runner");
const { untilIngestBatchesHereEnd } = await import("@/lib/ingest/runner");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { extractInPool, extractionPool } = await import("@/lib/extraction/pool/extraction-pool");
const imports = await import("@/app/api/v1/imports/route");
const importById = await import("@/app/api/v1/imports/[id]/route");
const dryRun = await import("@/app/api/v1/imports/[id]/dry-run/route");
const run = await import("@/app/api/v1/imports/[id]/run/route");
const refused = await import("@/app/api/v1/imports/[id]/refused/route");
const ingest = await import("@/app/api/v1/ingest/route");
const batchById = await import("@/app/api/v1/ingest/[id]/route");

beforeAll(async () => {
  // Batch ingest reads on the extraction pool, whose worker takes seconds to load: once, first.
  await extractInPool("Warm up.", {}).catch(() => extractInPool("Warm up.", {}));
});
afterAll(async () => {
  await untilIngestBatchesHereEnd();
  await extractionPool().close();
});

type Json = Record<string, unknown>;
const body = async (response: Response) => (await response.json()) as Json;
const tag = () => crypto.randomUUID().slice(0, 8);

async function tokenFor(role: "viewer" | "analyst", scopes: ("read" | "write")[] = ["read", "write"]) {
  const account = await createTestAccount(db, role);
  return (await createTestToken(db, account.id, { scopes })).secret;
}

const HEADER = "Date,Leader,Country visited,City";
const visits = (t: string) => [HEADER, `2019-04-02,Api Visitor ${t},Georgia,Tbilisi`, `2019-04-03,Api Envoy ${t},Atlantis,Poseidonia`, `2019-04-04,Api Visitor ${t},Armenia,Yerevan`].join("\n");

const stage = (token: string, csv: string, name: string) =>
  imports.POST(apiRequest(`/imports?fileName=${name}`, { token, method: "POST", body: csv, contentType: "text/csv" }));
const post = (route: { POST: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> }, path: string, id: string, token: string, json?: unknown) =>
  route.POST(apiRequest(path, { token, method: "POST", body: json }), routeParams({ id }));

describe("importing through the API", () => {
  it("stages, dry-runs row by row, runs to the end, and a second run of the same file creates nothing", async () => {
    const token = await tokenFor("analyst");
    const t = tag();
    const csv = visits(t);

    const staged = await stage(token, csv, `visits-${t}.csv`);
    expect(staged.status).toBe(201);
    const job = await body(staged);
    expect(staged.headers.get("location")).toBe(`/api/v1/imports/${String(job.id)}`);
    expect(job).toMatchObject({ status: "MAPPING", fileName: `visits-${t}.csv`, total: 3, guessed: true, columns: { date: 0, leader: 1, countryVisited: 2, city: 3 } });
    const id = String(job.id);

    const checked = await post(dryRun, `/imports/${id}/dry-run`, id, token);
    expect(checked.status).toBe(200);
    const plan = await body(checked);
    expect(plan.plans).toEqual({ create: 2, exists: 0, refuse: 1 });
    expect(plan.nextCursor).toBeNull();
    const rows = plan.data as { rowNumber: number; plan: string; detail: Json }[];
    expect(rows.map((row) => [row.rowNumber, row.plan])).toEqual([[2, "CREATE"], [3, "REFUSE"], [4, "CREATE"]]);
    expect(rows[1]!.detail.reason).toContain("“Atlantis” is not a country");
    // The second visit links to the person the first row creates.
    expect(rows[2]!.detail).toMatchObject({ person: { action: "earlier-row", rowNumber: 2 } });
    expect(rows[0]!.detail).not.toHaveProperty("personKey");

    const started = await post(run, `/imports/${id}/run`, id, token);
    expect(started.status).toBe(202);
    expect(started.headers.get("location")).toBe(`/api/v1/imports/${id}`);
    await untilImportJobsHereEnd();
    const status = await body(await importById.GET(apiRequest(`/imports/${id}`, { token }), routeParams({ id })));
    expect(status).toMatchObject({ status: "DONE", total: 3, done: 3, created: 2, existing: 0, refused: 1, plans: { create: 2, refuse: 1 } });
    expect(await db.person.count({ where: { name: `Api Visitor ${t}` } })).toBe(1);

    const refusedJson = await body(await refused.GET(apiRequest(`/imports/${id}/refused`, { token }), routeParams({ id })));
    expect(refusedJson).toMatchObject({ nextCursor: null, data: [{ rowNumber: 3, reason: expect.stringContaining("Atlantis"), cells: { Leader: `Api Envoy ${t}`, "Country visited": "Atlantis" } }] });
    const refusedCsv = await refused.GET(apiRequest(`/imports/${id}/refused?format=csv`, { token }), routeParams({ id }));
    expect(refusedCsv.headers.get("content-type")).toContain("text/csv");
    expect((await refusedCsv.text()).split("\r\n")[0]).toBe(`Row,Reason,${HEADER}`);
    // A run that has started keeps its columns.
    expect((await post(dryRun, `/imports/${id}/dry-run`, id, token)).status).toBe(409);

    const meetings = await db.meeting.count();
    const again = String((await body(await stage(token, csv, `again-${t}.csv`))).id);
    const wrong = await post(dryRun, `/imports/${again}/dry-run`, again, token, { columns: { leader: "Head of delegation" }, colour: "red" });
    expect(wrong.status).toBe(422);
    expect(Object.keys((await body(wrong)).errors as Json)).toEqual(["_body"]);
    const unknownColumn = await body(await post(dryRun, `/imports/${again}/dry-run`, again, token, { columns: { leader: "Head of delegation" } }));
    expect(unknownColumn.errors).toEqual({ "columns.leader": ["The file has no column “Head of delegation”."] });
    const secondPlan = await body(await post(dryRun, `/imports/${again}/dry-run`, again, token, { columns: { leader: "Leader" } }));
    expect(secondPlan.plans).toEqual({ create: 0, exists: 2, refuse: 1 });
    expect((await post(run, `/imports/${again}/run`, again, token)).status).toBe(202);
    await untilImportJobsHereEnd();
    expect(await body(await importById.GET(apiRequest(`/imports/${again}`, { token }), routeParams({ id: again })))).toMatchObject({ status: "DONE", created: 0, existing: 2, refused: 1 });
    expect(await db.meeting.count()).toBe(meetings);
  });

  it("stages a multipart form's file under its own name; refuses a body past the upload limit with 413 and a file it cannot read with 422", async () => {
    const token = await tokenFor("analyst");
    const form = new FormData();
    form.set("file", new File([visits(tag())], "team sheet.csv", { type: "text/csv" }));
    const multipart = await imports.POST(new Request("http://localhost/api/v1/imports", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }));
    expect(multipart.status).toBe(201);
    expect(await body(multipart)).toMatchObject({ fileName: "team sheet.csv", format: "csv", total: 3 });
    const before = await db.importJob.count();
    expect((await stage(token, "x".repeat(9 * 1024 * 1024), "big.csv")).status).toBe(413);
    const unreadable = await imports.POST(apiRequest("/imports", { token, method: "POST", body: "%PDF-1.7", contentType: "application/pdf" }));
    expect(unreadable.status).toBe(422);
    expect(Object.keys((await body(unreadable)).errors as Json)).toEqual(["file"]);
    expect(await db.importJob.count()).toBe(before);
  });
});

// Invented people in a far-off year keep this draft apart from the demo data and other tests.
const accounts = (speaker: string, minister: string) => [
  { text: `ASTANA, March 3 (Testwire) -- Kazakh Foreign Minister ${speaker} met Hungarian Foreign Minister ${minister} in Astana on Tuesday. The two sides discussed energy cooperation and trade.`, outlet: "Testwire", url: "https://testwire.example/1" },
  { text: `BUDAPEST, March 3 (Northwire) -- Hungarian Foreign Minister ${minister} held talks with Kazakh Foreign Minister ${speaker} in Astana, the ministry said. They agreed to deepen cooperation in energy.`, outlet: "Northwire" },
];

describe("batch ingest through the API", () => {
  it("folds two agencies' accounts of one meeting, sent as JSONL, into one machine draft with two sources", async () => {
    const token = await tokenFor("analyst");
    const t = `Q${tag().replace(/[^a-z]/g, "x")}`;
    const lines = accounts(`Orin Vassallo ${t}`, `Hekla Jonsdottir ${t}`);
    const started = await ingest.POST(
      apiRequest(`/ingest?name=API%20wire%20${t}&published=1875-03-03`, { token, method: "POST", body: lines.map((line) => JSON.stringify(line)).join("\n"), contentType: "application/x-ndjson" }),
    );
    expect(started.status).toBe(202);
    const batch = await body(started);
    expect(batch).toMatchObject({ name: `API wire ${t}`, total: 2 });
    const id = String(batch.id);
    expect(started.headers.get("location")).toBe(`/api/v1/ingest/${id}`);

    await untilIngestBatchesHereEnd();
    const done = await body(await batchById.GET(apiRequest(`/ingest/${id}`, { token }), routeParams({ id })));
    expect(done).toMatchObject({ status: "DONE", done: 2, drafted: 1, addedToDraft: 1 });
    const [first, second] = done.items as { outcome: string; meetingId: string; number: number }[];
    expect([first!.outcome, second!.outcome]).toEqual(["DRAFTED", "ADDED_TO_DRAFT"]);
    expect(second!.meetingId).toBe(first!.meetingId);
    const draft = await readMeetingSnapshot(db, first!.meetingId);
    expect(draft!.record.sources.map((source) => source.text)).toEqual(lines.map((line) => line.text));
    expect((await db.meeting.findUniqueOrThrow({ where: { id: first!.meetingId }, select: { machineDrafted: true } })).machineDrafted).toBe(true);
  });
});

describe("who may", () => {
  it("refuses a read-only token and a viewer's write token every import and ingest call, writing nothing", async () => {
    const owner = await tokenFor("analyst");
    const id = String((await body(await stage(owner, visits(tag()), "theirs.csv"))).id);
    const before = await Promise.all([db.importJob.count(), db.ingestBatch.count(), db.importRow.count({ where: { plan: { not: null } } })]);
    for (const token of [await tokenFor("analyst", ["read"]), await tokenFor("viewer")]) {
      expect((await stage(token, visits(tag()), "mine.csv")).status).toBe(403);
      expect((await post(dryRun, `/imports/${id}/dry-run`, id, token)).status).toBe(403);
      expect((await post(run, `/imports/${id}/run`, id, token)).status).toBe(403);
      expect((await importById.GET(apiRequest(`/imports/${id}`, { token }), routeParams({ id }))).status).toBe(403);
      const jsonl = JSON.stringify(accounts("A", "B")[0]);
      expect((await ingest.POST(apiRequest("/ingest?name=Refused", { token, method: "POST", body: jsonl, contentType: "application/x-ndjson" }))).status).toBe(403);
    }
    expect(await Promise.all([db.importJob.count(), db.ingestBatch.count(), db.importRow.count({ where: { plan: { not: null } } })])).toEqual(before);
  });
});
