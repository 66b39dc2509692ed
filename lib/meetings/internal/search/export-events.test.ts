import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/testing/read-csv";
import { eventLines, eventsHeader } from "@/lib/meetings/internal/search/export-events";
import { exportedMeeting } from "@/lib/meetings/internal/search/export-fixture";
import type { ExportedMeeting } from "@/lib/meetings/internal/search/export-rows";

const AZ = { code: "AZ", alpha3: "AZE" };
const CN = { code: "CN", alpha3: "CHN" };
const GE = { code: "GE", alpha3: "GEO" };
const TR = { code: "TR", alpha3: "TUR" };

const events = (meetings: ExportedMeeting[]) =>
  readCsv(eventsHeader() + eventLines(meetings)).map((row) => [row.source_country, row.target_country, row.cameo_code]);

describe("the CAMEO events export", () => {
  it("exports a visit as the guest's 042 and the host's 043", () => {
    const visit = exportedMeeting({ kind: "VISIT", countries: [{ ...AZ, side: "HOST" }, { ...CN, side: "GUEST" }] });
    expect(events([visit])).toEqual([
      ["AZE", "CHN", "043"],
      ["CHN", "AZE", "042"],
    ]);
    const [row] = readCsv(eventsHeader() + eventLines([visit]));
    expect(row).toMatchObject({ event_date: "2024-04-02", date_precision: "DAY", meeting_id: visit.id, meeting_kind: "VISIT", title: visit.title });
  });

  it("pairs countries across sides both ways, never two on the same side", () => {
    const talks = exportedMeeting({ kind: "TALKS", countries: [{ ...AZ, side: "HOST" }, { ...GE, side: "HOST" }, { ...CN, side: "GUEST" }] });
    expect(events([talks])).toEqual([
      ["AZE", "CHN", "046"],
      ["GEO", "CHN", "046"],
      ["CHN", "AZE", "046"],
      ["CHN", "GEO", "046"],
    ]);
    const call = exportedMeeting({ kind: "CALL", countries: [{ ...AZ, side: null }, { ...CN, side: null }] });
    expect(events([call])).toEqual([
      ["AZE", "CHN", "041"],
      ["CHN", "AZE", "041"],
    ]);
  });

  it("has the mediator act on each party in a mediation", () => {
    const mediation = exportedMeeting({ kind: "MEDIATION", countries: [{ ...AZ, side: "HOST" }, { ...GE, side: "GUEST" }, { ...TR, side: "THIRD_PARTY" }] });
    expect(events([mediation])).toEqual([
      ["TUR", "AZE", "045"],
      ["TUR", "GEO", "045"],
    ]);
  });

  it("keeps a meeting with one country as a row without a target, leaves out one with none, and neutralises formulas", () => {
    const alone = exportedMeeting({ kind: "MEETING", title: "=cmd()", date: null, countries: [{ ...AZ, side: "HOST" }] });
    const none = exportedMeeting({ countries: [] });
    const rows = readCsv(eventsHeader() + eventLines([alone, none]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source_country: "AZE", target_country: "", cameo_code: "040", event_date: "", title: "'=cmd()" });
  });
});
