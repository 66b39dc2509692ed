import { describe, expect, it } from "vitest";
import { formatMeetingDate } from "@/lib/meetings/dto";
import { tagSlug } from "@/lib/meetings/tag-slug";

describe("formatMeetingDate", () => {
  const date = new Date("2024-04-02T00:00:00Z");
  it("shows no more precision than is known", () => {
    expect(formatMeetingDate(date, "DAY")).toBe("2 Apr 2024");
    expect(formatMeetingDate(date, "MONTH")).toBe("Apr 2024");
    expect(formatMeetingDate(date, "YEAR")).toBe("2024");
    expect(formatMeetingDate(null, "DAY")).toBe("Date unknown");
  });
});

describe("tagSlug", () => {
  it("makes case, accents and spacing irrelevant to a tag's identity", () => {
    expect(tagSlug(" Énergie  verte ")).toBe("energie-verte");
    expect(tagSlug("ENERGY")).toBe(tagSlug("energy"));
    expect(tagSlug("!!!")).toBe("");
  });
});
