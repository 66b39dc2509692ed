import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
/** Set by a test to make the export's audit record fail, as a database error would. */
const audit = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/auth/audit", async (original) => {
  const actual = await original<typeof import("@/lib/auth/audit")>();
  return {
    ...actual,
    recordAuthEvent: async (...args: Parameters<typeof actual.recordAuthEvent>) => {
      if (audit.fail) throw new Error("audit log unavailable");
      return actual.recordAuthEvent(...args);
    },
  };
});

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { exportMeetings } = await import("@/lib/meetings/search/export-meetings");
const { MAX_OPEN_EXPORTS } = await import("@/lib/meetings/internal/search/export-cursor");
const { GET } = await import("@/app/(workbench)/meetings/export/route");

// Exports hold a PostgreSQL connection each, outside the pool, and only MAX_OPEN_EXPORTS run per
// process. These tests check that no user, stalled reader or failure can keep those slots.

type Account = Awaited<ReturnType<typeof createTestAccount>>;
const as = (account: Account) => setRequest({ cookies: account.cookies });
const newUser = () => createTestAccount(db, "viewer");
const exportRequest = (query = "format=csv") => new Request(`http://localhost/meetings/export?${query}`);

/** Downloads left unread by a test; cancelled after it so the next test starts with every slot free. */
let unread: ReadableStream<Uint8Array>[] = [];
const leaveUnread = (body: ReadableStream<Uint8Array> | null) => {
  if (body) unread.push(body);
};

/** `attempt`'s first success within 10 s, trying again 200 ms after each failure (one attempt at a time). */
async function eventually<T>(attempt: () => Promise<T>): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

afterEach(async () => {
  await Promise.all(unread.map((body) => body.cancel().catch(() => {})));
  unread = [];
});

/** Export connections of this test file's database (other files' databases share the server). */
const openExportSessions = async () =>
  Number(
    (
      await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS "count" FROM pg_stat_activity WHERE application_name = 'parley export' AND datname = current_database()`
    )[0]!.count,
  );

beforeAll(async () => {
  as(await createTestAccount(db, "analyst"));
  for (const title of ["Talks in Baku", "Talks in Tbilisi"]) {
    await createMeeting({ title, kind: "TALKS", status: "PUBLISHED", date: "2024-04-02", countries: [{ countryCode: "AZ", side: "HOST" }] });
  }
});

describe("export slots", () => {
  it("a user who opens exports and never reads them does not hold back another user, who gets the rows", async () => {
    const hoarder = await newUser();
    as(hoarder);
    const first = await GET(exportRequest());
    expect(first.status).toBe(200);
    leaveUnread(first.body);
    // However many the hoarder opens, they keep at most their own share of the process's exports.
    let refused: Response | null = null;
    for (let attempt = 0; attempt < MAX_OPEN_EXPORTS && !refused; attempt++) {
      const response = await GET(exportRequest());
      if (response.status === 200) leaveUnread(response.body);
      else refused = response;
    }
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("Retry-After")).toMatch(/^[1-9]\d*$/);
    expect(await refused?.text()).toMatch(/One of your exports is still running\. Try again when it has finished/);

    as(await newUser());
    const other = await GET(exportRequest());
    expect(other.status).toBe(200);
    expect((await other.text()).split("\r\n").filter(Boolean)).toHaveLength(3); // header and two meetings
  });

  it("ends a download nobody reads after the idle time, and gives its connection and slots back", async () => {
    const users = await Promise.all(Array.from({ length: MAX_OPEN_EXPORTS }, newUser));
    const stalled = [];
    for (const user of users) {
      as(user);
      const download = await exportMeetings("http://localhost/meetings/export?format=csv", { idleTimeoutMs: 1_000 });
      stalled.push(download);
    }
    // Past every stalled download's idle time (timers due earlier fire first): a reader that came
    // back sooner would rightly get its rows, which is not what this test is about.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Every slot was taken by a reader that never reads; within seconds the next user gets one.
    as(await newUser());
    const download = await eventually(() => exportMeetings("http://localhost/meetings/export?format=json"));
    expect(JSON.parse(await new Response(download.body).text())).toHaveLength(2);
    await eventually(async () => expect(await openExportSessions()).toBe(0));
    // A stalled reader, coming back, hears that its download was ended...
    for (const body of stalled.map((item) => item.body)) {
      await expect(new Response(body).text()).rejects.toThrow(/took no rows for 1 s/);
    }
    // ...and may start again at once: its user slot came back with the connection.
    as(users[0]!);
    const again = await exportMeetings("http://localhost/meetings/export?format=csv");
    expect(await new Response(again.body).text()).toMatch(/Talks in Baku/);
  });

  it("gives the slots back when an export's database connection fails", async () => {
    const users = [];
    for (let i = 0; i < MAX_OPEN_EXPORTS; i++) {
      const user = await newUser();
      as(user);
      const response = await GET(exportRequest());
      expect(response.status).toBe(200);
      leaveUnread(response.body);
      users.push({ user, response });
    }
    // The database ends every export session (a restart, an administrator's pg_terminate_backend).
    await db.$queryRaw`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'parley export' AND datname = current_database()`;

    const next = await newUser();
    as(next);
    const succeeded = async () => {
      const attempt = await GET(exportRequest());
      if (attempt.status !== 200) throw new Error(`export answered ${attempt.status}: ${await attempt.text()}`);
      return attempt.text();
    };
    expect(await eventually(succeeded)).toMatch(/Talks in Tbilisi/);
    // The users whose exports failed are not left holding their own slot either.
    as(users[0]!.user);
    expect(await eventually(succeeded)).toMatch(/Talks in Baku/);
  });

  it("a failure before the first row (the audit log refusing the write) frees the slot too", async () => {
    const user = await newUser();
    as(user);
    audit.fail = true;
    await expect(GET(exportRequest())).rejects.toThrow("audit log unavailable");
    audit.fail = false;
    // A session ended a moment ago may linger in pg_stat_activity while its backend exits.
    await eventually(async () => expect(await openExportSessions()).toBe(0));
    const response = await GET(exportRequest());
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/Talks in Baku/);
  });
});

describe("export input", () => {
  it.each([
    ["a NUL in the search", "format=csv&q=Baku%00", /^The search contains a NUL character/],
    ["a NUL in the view's name", "format=csv&name=Caucasus%00watch", /^The view's name contains a NUL character/],
  ])("refuses %s with a message, not a server error", async (_label, query, message) => {
    as(await newUser());
    const response = await GET(exportRequest(query));
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(message);
  });

  it("drops a NUL in another filter as the table does, and exports the rest of the view", async () => {
    as(await newUser());
    const response = await GET(exportRequest("format=csv&outlet=Trend%00&country=AZ"));
    expect(response.status).toBe(200);
    expect((await response.text()).split("\r\n").filter(Boolean)).toHaveLength(3);
  });
});
