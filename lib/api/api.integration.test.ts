import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { apiRequest, createTestToken, routeParams } = await import("@/lib/testing/api-token");
const { latestChangeSeq } = await import("@/lib/changes/feed");
const { runAsTokenCaller } = await import("@/lib/auth/tokens/caller-context");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { API_REQUESTS_PER_MINUTE } = await import("@/lib/auth/tokens/rate-limit");
const meetings = await import("@/app/api/v1/meetings/route");
const meeting = await import("@/app/api/v1/meetings/[id]/route");
const changes = await import("@/app/api/v1/changes/route");

const record = (title = `API meeting ${crypto.randomUUID()}`) => ({
  title,
  kind: "TALKS",
  date: "2024-05-01",
  countries: [
    { countryCode: "AZ", side: "HOST" },
    { countryCode: "CN", side: "GUEST" },
  ],
});

async function tokenFor(role: "viewer" | "analyst" | "admin", options: Parameters<typeof createTestToken>[2] = {}) {
  const account = await createTestAccount(db, role);
  return { account, ...(await createTestToken(db, account.id, options)) };
}

async function body(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe("tokens", () => {
  it("a read token cannot write, even for an analyst, and its refusal writes nothing", async () => {
    const { id, secret } = await tokenFor("analyst", { scopes: ["read"] });
    const title = `Refused ${crypto.randomUUID()}`;
    const response = await meetings.POST(apiRequest("/meetings", { token: secret, method: "POST", body: record(title) }));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await db.meeting.count({ where: { title } })).toBe(0);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
  });

  it("the data layer itself refuses a change made as a read token's caller", async () => {
    const { account } = await tokenFor("analyst");
    const caller = { tokenId: crypto.randomUUID(), scopes: ["read" as const], user: { id: account.id, name: "x", email: account.email, role: "analyst" as const }, lastUsedAt: null };
    await expect(runAsTokenCaller(caller, () => createMeeting(record()))).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a write token records a meeting as its owner and is marked used", async () => {
    const { account, id, secret } = await tokenFor("analyst");
    const response = await meetings.POST(apiRequest("/meetings", { token: secret, method: "POST", body: record() }));
    expect(response.status).toBe(201);
    const created = await body(response);
    expect(response.headers.get("location")).toBe(`/api/v1/meetings/${String(created.id)}`);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: String(created.id) } })).createdById).toBe(account.id);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("a viewer's write token still cannot write: the role decides as in the UI", async () => {
    const { secret } = await tokenFor("viewer");
    const response = await meetings.POST(apiRequest("/meetings", { token: secret, method: "POST", body: record() }));
    expect(response.status).toBe(403);
  });

  it("refuses a missing, unknown, expired or revoked token, and one whose owner is deactivated, with 401", async () => {
    const expired = await tokenFor("analyst", { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await tokenFor("analyst", { revoked: true });
    const deactivated = await tokenFor("analyst");
    await db.user.update({ where: { id: deactivated.account.id }, data: { banned: true } });
    for (const token of [null, "parley_not-a-token", "Basic abc", expired.secret, revoked.secret, deactivated.secret]) {
      const response = await meetings.GET(apiRequest("/meetings", { token }));
      expect(response.status, String(token)).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
      expect((await body(response)).status).toBe(401);
    }
  });

  it("revoking a token stops the next request", async () => {
    const { id, secret } = await tokenFor("viewer");
    expect((await meetings.GET(apiRequest("/meetings?limit=1", { token: secret }))).status).toBe(200);
    await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect((await meetings.GET(apiRequest("/meetings?limit=1", { token: secret }))).status).toBe(401);
  });

  it(`answers 429 with Retry-After past ${API_REQUESTS_PER_MINUTE} requests a minute, for that token only`, async () => {
    const { secret } = await tokenFor("viewer");
    const missing = crypto.randomUUID();
    const get = (token: string) => meeting.GET(apiRequest(`/meetings/${missing}`, { token }), routeParams({ id: missing }));
    for (let i = 0; i < API_REQUESTS_PER_MINUTE; i += 1) expect((await get(secret)).status).toBe(404);
    const limited = await get(secret);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await tokenFor("viewer");
    expect((await get(other.secret)).status).toBe(404);
  });
});

describe("problem details", () => {
  it("a record the form would refuse is a 422 with each field's messages", async () => {
    const { secret } = await tokenFor("analyst");
    const response = await meetings.POST(apiRequest("/meetings", { token: secret, method: "POST", body: { title: "", kind: "PARTY", date: "2024-02-30", countries: [] } }));
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await body(response);
    expect(problem).toMatchObject({ status: 422, title: "Invalid input" });
    expect(Object.keys(problem.errors as object)).toEqual(expect.arrayContaining(["title", "kind", "date", "countries"]));
  });

  it("a body that is not JSON is a 400", async () => {
    const { secret } = await tokenFor("analyst");
    const response = await meetings.POST(apiRequest("/meetings", { token: secret, method: "POST", body: "{not json" }));
    expect(response.status).toBe(400);
    expect((await body(response)).type).toMatch(/bad-request$/);
  });

  it("a list refuses a filter or sort the table would drop, and an unknown parameter, naming each", async () => {
    const { secret } = await tokenFor("viewer");
    const response = await meetings.GET(apiRequest("/meetings?sort=loudest&country=AZ,Azerbaijan&from=2024-13-01&colour=red&limit=1000", { token: secret }));
    expect(response.status).toBe(422);
    const problem = await body(response);
    expect(Object.keys(problem.errors as object).sort()).toEqual(["colour"]);
    const second = await body(await meetings.GET(apiRequest("/meetings?sort=loudest&country=AZ,Azerbaijan&from=2024-13-01", { token: secret })));
    expect(Object.keys(second.errors as object).sort()).toEqual(["country", "from", "sort"]);
  });
});

describe("meetings", () => {
  it("pages a filtered list by cursor: every meeting once, then no cursor", async () => {
    const { secret } = await tokenFor("viewer");
    const tag = `paged-${crypto.randomUUID().slice(0, 8)}`;
    const made = [];
    for (let i = 0; i < 5; i += 1) made.push((await createTestMeeting(db, { tags: [tag], date: new Date(Date.UTC(2020, 0, 1 + i)) })).id);
    const tagId = (await db.tag.findFirstOrThrow({ where: { name: tag } })).id;
    for (const sort of ["date", "title"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query = new URLSearchParams({ tag: tagId, sort, limit: "2", ...(cursor ? { cursor } : {}) });
        const page = await body(await meetings.GET(apiRequest(`/meetings?${query.toString()}`, { token: secret })));
        seen.push(...(page.data as { id: string }[]).map((row) => row.id));
        cursor = page.nextCursor as string | null;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect([...seen].sort()).toEqual([...made].sort());
    }
  });

  it("an update from a stale version is a 409 with the current record; from the current one it saves", async () => {
    const { secret } = await tokenFor("analyst");
    const created = await createTestMeeting(db);
    const params = routeParams({ id: created.id });
    const read = await body(await meeting.GET(apiRequest(`/meetings/${created.id}`, { token: secret }), params));
    const current = read.record as Record<string, unknown>;
    const first = await meeting.PUT(apiRequest(`/meetings/${created.id}`, { token: secret, method: "PUT", body: { version: read.version, record: { ...current, title: "First save" } } }), params);
    expect(first.status).toBe(200);
    const stale = await meeting.PUT(apiRequest(`/meetings/${created.id}`, { token: secret, method: "PUT", body: { version: read.version, record: { ...current, title: "Second save" } } }), params);
    expect(stale.status).toBe(409);
    const problem = await body(stale);
    expect(problem.currentVersion).toBe((read.version as number) + 1);
    expect((problem.current as { record: { title: string } }).record.title).toBe("First save");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("First save");
  });

  it("a delete needs the version and moves the meeting to the trash", async () => {
    const { secret } = await tokenFor("analyst");
    const created = await createTestMeeting(db);
    const params = routeParams({ id: created.id });
    expect((await meeting.DELETE(apiRequest(`/meetings/${created.id}`, { token: secret, method: "DELETE" }), params)).status).toBe(422);
    expect((await meeting.DELETE(apiRequest(`/meetings/${created.id}?version=${created.version}`, { token: secret, method: "DELETE" }), params)).status).toBe(200);
    expect((await meeting.GET(apiRequest(`/meetings/${created.id}`, { token: secret }), params)).status).toBe(404);
  });
});

describe("the changes feed", () => {
  it("resumes from a cursor: each change once, in order, and nothing new after the last", async () => {
    const { secret } = await tokenFor("analyst");
    const start = (await latestChangeSeq(db)).toString();
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await body(await meetings.POST(apiRequest("/meetings", { token: secret, method: "POST", body: record() })))).id);
    const read = async (after: string) => body(await changes.GET(apiRequest(`/changes?after=${after}&limit=2`, { token: secret })));
    const first = await read(start);
    const second = await read(first.nextCursor as string);
    const all = [...(first.data as { entityId: string; cursor: string }[]), ...(second.data as { entityId: string; cursor: string }[])];
    expect(all.map((change) => change.entityId)).toEqual(ids);
    expect(all.map((change) => BigInt(change.cursor))).toEqual([...all.map((change) => BigInt(change.cursor))].sort((a, b) => (a < b ? -1 : 1)));
    const after = await read(second.nextCursor as string);
    expect(after.data).toEqual([]);
    expect(after.nextCursor).toBe(second.nextCursor);
    expect((await changes.GET(apiRequest("/changes?after=-1", { token: secret }))).status).toBe(422);
  });
});
