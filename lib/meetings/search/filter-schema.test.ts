import { describe, expect, it } from "vitest";
import { formatCursor, isFiltered, parseMeetingView } from "@/lib/meetings/search/filter-schema";

const id = "0192a4c0-7f00-7000-8000-000000000001";

describe("parseMeetingView", () => {
  it("reads includes and leading-minus excludes of every facet", () => {
    const { view, problems } = parseMeetingView(
      new URLSearchParams(`country=az,-RU&person=${id}&kind=CALL,-VISIT&status=-DRAFT&outlet=Trend,-APA&year=2024,-2020&tag=-${id}`),
    );
    expect(problems).toEqual([]);
    expect(view.country).toEqual({ include: ["AZ"], exclude: ["RU"] });
    expect(view.person).toEqual({ include: [id], exclude: [] });
    expect(view.kind).toEqual({ include: ["CALL"], exclude: ["VISIT"] });
    expect(view.status).toEqual({ include: [], exclude: ["DRAFT"] });
    expect(view.outlet).toEqual({ include: ["Trend"], exclude: ["APA"] });
    expect(view.year).toEqual({ include: [2024], exclude: [2020] });
    expect(view.tag).toEqual({ include: [], exclude: [id] });
    expect(isFiltered(view)).toBe(true);
  });

  it("defaults to newest first, relevance while searching", () => {
    expect(parseMeetingView({}).view).toMatchObject({ sort: "date", dir: "desc", page: 1, size: 25, q: null });
    expect(parseMeetingView({ q: "gas" }).view).toMatchObject({ sort: "relevance", dir: "desc" });
    expect(parseMeetingView({ sort: "relevance" }).view.sort).toBe("date");
    expect(parseMeetingView({ sort: "title" }).view.dir).toBe("asc");
    expect(isFiltered(parseMeetingView({ sort: "title", page: "3" }).view)).toBe(false);
  });

  it("reads a country pair with an open side", () => {
    expect(parseMeetingView({ pair: "AZ,CN" }).view.pair).toEqual(["AZ", "CN"]);
    expect(parseMeetingView({ pair: "az," }).view.pair).toEqual(["AZ", null]);
    expect(parseMeetingView({ pair: ",cn" }).view.pair).toEqual([null, "CN"]);
    expect(parseMeetingView({ pair: "Azerbaijan,CN" })).toMatchObject({ view: { pair: null }, problems: [expect.stringMatching(/pair/)] });
  });

  it("drops what it cannot use and says so, without throwing", () => {
    const { view, problems } = parseMeetingView({ country: "ZZZ,AZ", sort: "createdById", page: "0", from: "2024-02-30", kind: "PARTY" });
    expect(view).toMatchObject({ country: { include: ["AZ"] }, sort: "date", page: 1, from: null, kind: { include: [] } });
    expect(problems).toHaveLength(4);
  });

  it("caps the page and the number of values per facet", () => {
    expect(parseMeetingView({ page: "999999" }).view.page).toBe(1000);
    const many = Array.from({ length: 50 }, (_, i) => String(1900 + i)).join(",");
    expect(parseMeetingView({ year: many }).view.year.include).toHaveLength(20);
  });

  it("refuses an over-long search and swaps dates given the wrong way round", () => {
    expect(parseMeetingView({ q: "a".repeat(301) })).toMatchObject({ searchRefused: true, view: { q: null } });
    expect(parseMeetingView({ from: "2025-01-01", to: "2024-01-01" })).toMatchObject({
      view: { from: "2024-01-01", to: "2025-01-01" },
      problems: [expect.stringMatching(/after the to date/)],
    });
  });

  it("refuses days no database holds, year 0 among them, as it refuses a badly written one", () => {
    for (const day of ["0000-01-01", "0000-12-31"]) {
      const { view, problems } = parseMeetingView({ from: day, to: day });
      expect(view).toMatchObject({ from: null, to: null });
      expect(problems).toEqual([expect.stringMatching(/from date .*0001-01-01/), expect.stringMatching(/to date .*0001-01-01/)]);
    }
    expect(parseMeetingView({ from: "99999-01-01" })).toMatchObject({ view: { from: null }, problems: [expect.stringMatching(/YYYY-MM-DD/)] });
    expect(parseMeetingView({ from: "0001-01-01", to: "9999-12-31" })).toMatchObject({ view: { from: "0001-01-01", to: "9999-12-31" }, problems: [] });
    // A Next link's cursor is a day or an instant too: year 0 is no page to start from.
    expect(parseMeetingView({ page: "3", after: `3.0000-01-01.${id}` }).view.cursor).toBeNull();
    expect(parseMeetingView({ page: "3", sort: "updated", after: `3.0000-01-01T00:00:00Z.${id}` }).view.cursor).toBeNull();
  });

  it("refuses a search holding a NUL or a broken character, with a message, and never passes it on", () => {
    for (const q of ["Baku\u0000", "\u0000", "Baku \uD800"]) {
      const { view, problems, searchRefused } = parseMeetingView({ q });
      expect(searchRefused).toBe(true);
      expect(view.q).toBeNull();
      expect(problems).toEqual([expect.stringMatching(/^The search contains/)]);
    }
  });

  it("drops any other value holding a NUL with a message, and keeps the rest of the view", () => {
    const { view, problems, searchRefused } = parseMeetingView({
      q: "gas",
      outlet: "Trend\u0000",
      country: "AZ",
      sort: "title\u0000",
      from: "2024-01-01\u0000",
      pair: "AZ,\u0000",
      cols: "title\u0000",
    });
    expect(searchRefused).toBe(false);
    expect(view).toMatchObject({ q: "gas", outlet: { include: [] }, country: { include: ["AZ"] }, sort: "relevance", from: null, pair: null, cols: [] });
    expect(problems).toHaveLength(5);
    for (const problem of problems) expect(problem).toMatch(/cannot be read/);
    const title = parseMeetingView({ sort: "title", page: "3", after: `3.Talks\u0000.${id}` });
    expect(title.view.cursor).toBeNull();
    expect(JSON.stringify(view)).not.toMatch(/\\u0000/);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseMeetingView({ q: ["first", "second"] }).view.q).toBe("first");
  });
});

describe("page cursors", () => {
  const row = { date: "2024-04-02", updatedAt: "2024-05-01T10:00:00.123Z", title: "Talks. In Baku", id };

  it("reads back the cursor it writes, for each keyset sort and both directions", () => {
    for (const sort of ["date", "updated", "title"] as const) {
      const token = formatCursor(7, sort, row);
      const value = sort === "date" ? row.date : sort === "updated" ? row.updatedAt : row.title;
      expect(parseMeetingView({ sort, page: "7", after: token }).view.cursor).toEqual({ direction: "after", value, id });
      expect(parseMeetingView({ sort, page: "7", before: token }).view.cursor).toEqual({ direction: "before", value, id });
    }
    expect(formatCursor(3, "date", { ...row, date: null })).toBe(`3.none.${id}`);
    expect(parseMeetingView({ page: "3", after: `3.none.${id}` }).view.cursor).toEqual({ direction: "after", value: null, id });
  });

  it("ignores a cursor for another page, another sort's values, relevance and malformed ones", () => {
    const cursor = (params: Record<string, string>) => parseMeetingView(params).view.cursor;
    expect(cursor({ page: "4", after: `3.2024-04-02.${id}` })).toBeNull();
    expect(cursor({ after: `1.2024-04-02.${id}` })).toBeNull();
    expect(cursor({ page: "3", sort: "date", after: `3.Talks.${id}` })).toBeNull();
    expect(cursor({ page: "3", sort: "updated", after: `3.2024-04-02.${id}` })).toBeNull();
    expect(cursor({ page: "3", q: "gas", after: `3.2024-04-02.${id}` })).toBeNull();
    expect(cursor({ page: "3", after: "3.2024-04-02.not-an-id" })).toBeNull();
    expect(cursor({ page: "3", after: "garbage" })).toBeNull();
    expect(parseMeetingView({ page: "3", after: "garbage" }).problems).toEqual([]);
  });
});
