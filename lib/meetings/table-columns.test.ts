import { describe, expect, it } from "vitest";
import {
  DEFAULT_MEETING_COLUMNS,
  cleanColumns,
  columnsParam,
  moveColumn,
  resolveColumns,
  tableColumnState,
  toggleColumn,
} from "@/lib/meetings/table-columns";

describe("resolveColumns", () => {
  it("prefers the URL, then the saved choice, then the defaults", () => {
    expect(resolveColumns("tags,title", ["date", "title"])).toEqual(["tags", "title"]);
    expect(resolveColumns(null, ["date", "title"])).toEqual(["date", "title"]);
    expect(resolveColumns("", [])).toEqual(DEFAULT_MEETING_COLUMNS);
  });

  it("ignores unknown and repeated ids and falls through when nothing known is left", () => {
    expect(resolveColumns("bogus,tags,tags", [])).toEqual(["title", "tags"]);
    expect(resolveColumns("bogus", ["status", "title"])).toEqual(["status", "title"]);
  });

  it("never loses the title column", () => {
    expect(cleanColumns(["date", "tags"])).toEqual(["date", "title", "tags"]);
    expect(cleanColumns(["tags"])).toEqual(["title", "tags"]);
  });
});

describe("changing the columns", () => {
  it("hides and shows columns, keeping the title", () => {
    expect(toggleColumn(["date", "title", "kind"], "kind", false)).toEqual(["date", "title"]);
    expect(toggleColumn(["date", "title"], "title", false)).toEqual(["date", "title"]);
    expect(toggleColumn(["date", "title"], "topics", true)).toEqual(["date", "title", "topics"]);
  });

  it("moves a column one place and stops at the ends", () => {
    expect(moveColumn(["date", "title", "kind"], "kind", -1)).toEqual(["date", "kind", "title"]);
    expect(moveColumn(["date", "title", "kind"], "date", -1)).toEqual(["date", "title", "kind"]);
    expect(moveColumn(["date", "title", "kind"], "kind", 1)).toEqual(["date", "title", "kind"]);
  });

  it("drops the parameter when the choice is the default", () => {
    expect(columnsParam(DEFAULT_MEETING_COLUMNS)).toBeNull();
    expect(columnsParam(["title", "date"])).toBe("title,date");
  });
});

describe("tableColumnState", () => {
  it("orders the shown columns after the selection column and hides the rest", () => {
    const state = tableColumnState(["tags", "title"]);
    expect(state.columnOrder.slice(0, 3)).toEqual(["select", "tags", "title"]);
    expect(state.columnVisibility).toMatchObject({ tags: true, title: true, date: false, topics: false });
  });
});
