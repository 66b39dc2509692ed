import { readCsv } from "@/lib/testing/read-csv";
import { describe, expect, it } from "vitest";
import { csvHeader, csvLines, exportFilename, jsonChunk } from "@/lib/meetings/internal/search/export-format";
import { exportedMeeting } from "@/lib/meetings/internal/search/export-fixture";
import type { ExportedMeeting } from "@/lib/meetings/internal/search/export-rows";

const meeting = exportedMeeting;

describe("export formats", () => {
  it("writes CSV a spreadsheet reads back, with formulas neutralised", () => {
    const rows = readCsv(csvHeader() + csvLines([meeting()]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: "Talks, \"quoted\"\nand multi-line",
      summary: "'=HYPERLINK(\"http://evil\")",
      outcome: "'@SUM(A1)",
      tags: "'+1",
      participants: "'-Sahiba Gafarova, Speaker, AZ [lead]",
      countries: "AZ (host)",
    });
  });

  it("joins JSON chunks into one array", () => {
    const text = `[\n${jsonChunk([meeting(), meeting({ id: "b" })], true)}${jsonChunk([meeting({ id: "c" })], false)}\n]`;
    expect((JSON.parse(text) as ExportedMeeting[]).map((m) => m.id)).toEqual([meeting().id, "b", "c"]);
  });

  it("names the file after the date and the view", () => {
    const day = new Date("2026-11-30T12:00:00Z");
    expect(exportFilename("csv", day, "Caucasus — énergie / 2024")).toBe("parley-meetings-2026-11-30-caucasus-energie-2024.csv");
    expect(exportFilename("json", day)).toBe("parley-meetings-2026-11-30.json");
    expect(exportFilename("events", day, "Caucasus")).toBe("parley-events-2026-11-30-caucasus.csv");
    expect(exportFilename("csv", day, '../"; rm -rf')).toBe("parley-meetings-2026-11-30-rm-rf.csv");
  });
});
