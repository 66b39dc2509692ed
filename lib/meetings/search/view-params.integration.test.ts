import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { searchMeetings } = await import("@/lib/meetings/search/search-meetings");
const { countMeetingFacets } = await import("@/lib/meetings/search/facets");
const { acquireUserSlot, USER_LIMITS, userLimits } = await import("@/lib/security/user-limits");

// What the meetings page calls for a hand-edited link: the rows and the facets answer with a
// message beside the filters (MeetingsFilters shows `problems`), never the error panel.

const ids: string[] = [];

let analyst: Awaited<ReturnType<typeof createTestAccount>>;

beforeAll(async () => {
  analyst = await createTestAccount(db, "analyst");
  setRequest({ cookies: analyst.cookies });
  for (const [title, date] of [["Talks in Baku", "2024-04-02"], ["Talks in Tbilisi", "2023-05-01"]] as const) {
    ids.push((await createMeeting({ title, kind: "TALKS", status: "PUBLISHED", date, countries: [{ countryCode: "AZ", side: "HOST" }] })).id);
  }
});

describe("dates no database holds", () => {
  it.each(["0000-01-01", "0000-12-31"])("from=%s shows every meeting with a message beside the filters", async (day) => {
    const result = await searchMeetings({ from: day });
    expect(result.rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(result.problems).toEqual(["The from date must be between 0001-01-01 and 9999-12-31; it is ignored."]);
    expect((await countMeetingFacets({ from: day, to: "2024-01-01" })).facets.kind).toEqual([expect.objectContaining({ count: 1 })]);
  });

  it("a Next link whose cursor holds year 0 opens the page by its number", async () => {
    const result = await searchMeetings({ page: "2", size: "1", after: `2.0000-01-01.${ids[0]}` });
    expect(result.rows.map((row) => row.id)).toEqual([ids[1]]);
  });
});

describe("NUL characters in a link", () => {
  it("a search holding one is refused with a message, and no rows are shown as if it had run", async () => {
    const result = await searchMeetings({ q: "Baku\u0000" });
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/^The search contains a NUL character/)]);
    await expect(countMeetingFacets({ q: "Baku\u0000" })).resolves.toBeDefined();
  });

  it("a filter holding one is dropped with a message, and the rest of the view applies", async () => {
    const result = await searchMeetings({ outlet: "Trend\u0000", sort: "title", dir: "desc\u0000" });
    expect(result.rows.map((row) => row.id)).toEqual(ids);
    expect(result.problems).toHaveLength(2);
    await expect(countMeetingFacets({ outlet: "Trend\u0000" })).resolves.toBeDefined();
  });
});

describe("searches per user", () => {
  it("a search beyond the user's running ones waits for one to end, then runs", async () => {
    setRequest({ cookies: analyst.cookies });
    const running = await Promise.all(Array.from({ length: USER_LIMITS.search.concurrent }, () => acquireUserSlot(analyst.id, "search")));
    const waiting = searchMeetings({ q: "Baku" });
    await vi.waitFor(() => expect(userLimits.usage(analyst.id, "search").waiting).toBe(1));
    running.pop()!();
    expect((await waiting).rows.map((row) => row.id)).toEqual([ids[0]]);
    running.forEach((release) => release());
  });

  it("a search that finds every slot busy for its whole wait answers with a message; a colleague's runs", async () => {
    setRequest({ cookies: analyst.cookies });
    const running = await Promise.all(Array.from({ length: USER_LIMITS.search.concurrent }, () => acquireUserSlot(analyst.id, "search")));
    try {
      setRequest({ cookies: (await createTestAccount(db, "viewer")).cookies });
      expect((await searchMeetings({ q: "Baku" })).rows).toHaveLength(1);
      setRequest({ cookies: analyst.cookies });
      const result = await searchMeetings({ q: "Baku" });
      expect(result.rows).toEqual([]);
      expect(result.problems).toEqual([expect.stringMatching(/^4 of your searches are still running\. Try again when one has finished, or in 5 seconds\.$/)]);
    } finally {
      running.forEach((release) => release());
    }
  });
});
