import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { guessColumns } from "@/lib/import/fields";
import { parseImportDate } from "@/lib/import/dates";
import { readImportTable } from "@/lib/import/read-table";

describe("reading files", () => {
  it("reads an XLSX sheet's header and rows, its dates as days", async () => {
    const sheet = [
      [{ value: "Date" }, { value: "Leader" }, { value: "Country visited" }, { value: "Seats" }],
      [{ value: new Date("2024-05-01T00:00:00Z"), format: "yyyy-mm-dd" }, { value: "Ilham Aliyev" }, { value: "France" }, { value: 3 }],
      [null, null, null, null],
      [{ value: "2024-06" }, { value: "Emmanuel Macron" }, { value: "Azerbaijan" }, null],
    ];
    const bytes = await writeXlsxFile(sheet as never, {}).toBuffer();
    expect(await readImportTable(bytes, "visits.xlsx")).toEqual({
      format: "xlsx",
      headers: ["Date", "Leader", "Country visited", "Seats"],
      rows: [
        ["2024-05-01", "Ilham Aliyev", "France", "3"],
        ["2024-06", "Emmanuel Macron", "Azerbaijan", ""],
      ],
    });
  });

  it("reads a JSON list of objects, its columns the keys in the order first seen", async () => {
    const json = JSON.stringify([{ date: "2024-05-01", leader: "A" }, { leader: "B", city: "Baku", tags: ["energy", "gas"] }]);
    expect(await readImportTable(Buffer.from(json), "visits.json")).toEqual({
      format: "json",
      headers: ["date", "leader", "city", "tags"],
      rows: [
        ["2024-05-01", "A", "", ""],
        ["", "B", "Baku", "energy; gas"],
      ],
    });
    await expect(readImportTable(Buffer.from('{"a": 1}'), "x.json")).rejects.toThrow(/list of objects/);
  });

  it("reads a CSV with semicolons and a byte-order mark, and refuses other formats", async () => {
    const csv = "\uFEFFDate;Leader;Purpose\n2024-05-01;A;\"Talks; energy\"\n";
    expect(await readImportTable(Buffer.from(csv), "v.csv")).toMatchObject({ headers: ["Date", "Leader", "Purpose"], rows: [["2024-05-01", "A", "Talks; energy"]] });
    await expect(readImportTable(Buffer.from("x"), "v.xls")).rejects.toThrow(/\.csv, \.json or \.xlsx/);
    await expect(readImportTable(Buffer.from("not a zip"), "v.xlsx")).rejects.toThrow(/could not read this spreadsheet/);
  });
});

describe("guessing columns", () => {
  it("maps a leaders' visits dataset whole, the title as the leader's", () => {
    expect(guessColumns(["Date", "Leader", "Title", "Country Visited", "City", "Purpose"])).toEqual({ date: 0, leader: 1, leaderTitle: 2, countryVisited: 3, city: 4, purpose: 5 });
    expect(guessColumns(["Meeting title", "Visit date", "Host country", "Notes"])).toEqual({ title: 0, date: 1, countryVisited: 2, purpose: 3 });
  });
});

describe("dates", () => {
  it("reads the usual ways of writing a day, a month or a year, and refuses the ambiguous", () => {
    expect(parseImportDate("2024-05-01")).toEqual({ date: "2024-05-01", precision: "DAY" });
    expect(parseImportDate("2024-05-01T10:00:00Z")).toEqual({ date: "2024-05-01", precision: "DAY" });
    expect(parseImportDate("01.05.2024")).toEqual({ date: "2024-05-01", precision: "DAY" });
    expect(parseImportDate("1 May 2024")).toEqual({ date: "2024-05-01", precision: "DAY" });
    expect(parseImportDate("May 1, 2024")).toEqual({ date: "2024-05-01", precision: "DAY" });
    expect(parseImportDate("May 2024")).toEqual({ date: "2024-05-01", precision: "MONTH" });
    expect(parseImportDate("2024")).toEqual({ date: "2024-01-01", precision: "YEAR" });
    expect(parseImportDate("05/01/2024")).toMatchObject({ error: expect.stringContaining("two ways") });
    expect(parseImportDate("2024-02-30")).toMatchObject({ error: expect.stringContaining("not a day") });
  });
});
