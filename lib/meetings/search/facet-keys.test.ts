import { describe, expect, it } from "vitest";
import { FACET_CONDITIONS, buildWhere, type FacetConditions } from "@/lib/meetings/search/build-where";
import { facetsStatement } from "@/lib/meetings/search/facet-sql";
import { FACET_KEYS, FACET_LABELS, type FacetKey } from "@/lib/meetings/search/facet-keys";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { MEETING_FILTER_KEYS, meetingListParsers, meetingsTableHref } from "@/lib/meetings/list-params";

// A value each facet's parser accepts, so the test can select every facet.
const SAMPLE_VALUE: Record<FacetKey, string> = {
  country: "AZ",
  person: "00000000-0000-4000-8000-000000000001",
  organization: "00000000-0000-4000-8000-000000000002",
  topic: "00000000-0000-4000-8000-000000000003",
  tag: "00000000-0000-4000-8000-000000000004",
  kind: "CALL",
  status: "DRAFT",
  outlet: "Reuters",
  year: "2024",
};

describe("the one list of facet keys", () => {
  it.each(FACET_KEYS)("gives %s a condition, which skipping the facet leaves out", (key) => {
    const view = parseMeetingView({ [key]: `${SAMPLE_VALUE[key]}` }).view;
    expect(view[key].include, "the filter schema parses it").toHaveLength(1);
    const bare = buildWhere(parseMeetingView({}).view).sql;
    expect(buildWhere(view).sql).not.toBe(bare);
    expect(buildWhere(view, { skipFacet: key }).sql).toBe(bare);
  });

  it.each(FACET_KEYS)("gives %s counts, a panel label and a URL parameter", (key) => {
    expect(facetsStatement(parseMeetingView({}).view, [key]).values).toContain(key);
    expect(FACET_LABELS[key]).toMatch(/^[A-Z]/);
    expect(meetingListParsers).toHaveProperty(key);
    expect(MEETING_FILTER_KEYS).toContain(key);
    expect(meetingsTableHref({ [key]: SAMPLE_VALUE[key] })).toBe(`/meetings?${key}=${encodeURIComponent(SAMPLE_VALUE[key])}`);
  });

  it("has SQL for no key outside the list", () => {
    expect(Object.keys(FACET_CONDITIONS).sort()).toEqual([...FACET_KEYS].sort());
  });

  it("refuses to compile a facet without SQL", () => {
    // Checked by tsc, not at run time: a table of conditions must name every key in the list.
    const { year, ...withoutYear } = FACET_CONDITIONS;
    // @ts-expect-error -- "year" has no SQL, so this is not a FacetConditions
    const missing: FacetConditions = withoutYear;
    expect(missing).not.toHaveProperty("year");
    expect(year).toBeTypeOf("function");
  });
});
