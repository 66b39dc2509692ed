import { describe, expect, it } from "vitest";
import { buildWhere, searchCondition } from "@/lib/meetings/search/build-where";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";

const where = (params: Record<string, string>, options = {}) => buildWhere(parseMeetingView(params).view, options);

describe("buildWhere", () => {
  it("keeps deleted meetings out with the partial index's own predicate, unless asked", () => {
    expect(where({}).sql).toBe(`m."deletedAt" IS NULL`);
    expect(where({}, { showDeleted: true }).sql).toBe("TRUE");
  });

  it("binds every value as a parameter, never as SQL text", () => {
    const sql = where({ q: "' OR 1=1--", country: "AZ,-RU", outlet: "x'; DROP TABLE \"Meeting\";--" });
    expect(sql.sql).not.toContain("1=1");
    expect(sql.sql).not.toContain("DROP");
    expect(sql.values).toContain("' OR 1=1--");
    expect(sql.values).toContainEqual(["AZ"]);
    expect(sql.values).toContainEqual(["RU"]);
  });

  it("turns includes into EXISTS … ANY and excludes into NOT EXISTS", () => {
    const sql = where({ country: "AZ,CN,-RU" }).sql;
    expect(sql).toMatch(/EXISTS \(SELECT 1 FROM "MeetingCountry" x WHERE x."meetingId" = m."id" AND x."countryCode" = ANY/);
    expect(sql).toMatch(/NOT EXISTS \(SELECT 1 FROM "MeetingCountry" x/);
    expect(where({ kind: "-CALL" }).sql).toContain(`m."kind" <> ALL`);
  });

  it("leaves out the facet being counted", () => {
    const sql = buildWhere(parseMeetingView({ country: "AZ", kind: "CALL" }).view, { skipFacet: "country" }).sql;
    expect(sql).not.toContain("MeetingCountry");
    expect(sql).toContain(`m."kind" = ANY`);
  });

  it("matches names by trigram only for plain searches", () => {
    expect(searchCondition("Gafarov").sql).toContain("%>");
    expect(searchCondition('"Middle Corridor"').sql).not.toContain("%>");
    expect(searchCondition("gas -Russia").sql).not.toContain("%>");
    expect(searchCondition("Liu").sql).not.toContain("%>");
  });
});
