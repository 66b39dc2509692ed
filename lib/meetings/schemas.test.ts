import { describe, expect, it } from "vitest";
import {
  createMeetingSchema,
  isIsoDay,
  listMeetingsInputSchema,
  meetingIdSchema,
  normaliseMeetingDate,
  toFieldErrors,
} from "@/lib/meetings/schemas";

const minimal = { title: "Talks", kind: "TALKS", date: "2024-04-02", countries: [{ countryCode: "az" }] };

describe("createMeetingSchema", () => {
  it("accepts the required fields alone and fills the defaults", () => {
    expect(createMeetingSchema.parse(minimal)).toMatchObject({
      title: "Talks",
      status: "DRAFT",
      datePrecision: "DAY",
      countries: [{ countryCode: "AZ" }],
      participants: [],
      topicIds: [],
      tags: [],
    });
  });

  it("stores a month- or year-precise date as the first day of its period", () => {
    expect(createMeetingSchema.parse({ ...minimal, datePrecision: "MONTH" }).date).toBe("2024-04-01");
    expect(createMeetingSchema.parse({ ...minimal, datePrecision: "YEAR" }).date).toBe("2024-01-01");
    expect(normaliseMeetingDate("2024-04-02", "DAY")).toBe("2024-04-02");
  });

  it("names every missing required field with a message for the analyst", () => {
    const result = createMeetingSchema.safeParse({ title: "", countries: [] });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!);
    expect(errors.title).toEqual(["Enter a title."]);
    expect(errors.kind).toEqual(["Choose the kind of meeting."]);
    expect(errors.date).toEqual(["Enter the date."]);
    expect(errors.countries).toEqual(["Add at least one country."]);
  });

  it("rejects impossible dates, duplicate countries, unsafe source links and over-long text", () => {
    const errors = toFieldErrors(
      createMeetingSchema.safeParse({
        ...minimal,
        date: "2023-02-29",
        countries: [{ countryCode: "AZ" }, { countryCode: "az" }],
        source: { outlet: "X", url: "javascript:alert(1)", text: "t" },
        summary: "x".repeat(20_001),
      }).error!,
    );
    expect(Object.keys(errors).sort()).toEqual(["countries", "date", "source.url", "summary"]);
  });

  it("treats blank optional fields as not given", () => {
    const parsed = createMeetingSchema.parse({
      ...minimal,
      locationCountryCode: "",
      participants: [{ name: " Liu Jianchao ", countryCode: "", side: "" }],
      source: { outlet: "Trend", url: "", publishedOn: "", text: "Text" },
    });
    expect(parsed.locationCountryCode).toBeUndefined();
    expect(parsed.participants[0]).toEqual({
      name: "Liu Jianchao",
      title: "",
      organization: "",
      countryCode: undefined,
      side: undefined,
      isDelegationLead: false,
    });
    expect(parsed.source).toMatchObject({ url: undefined, publishedOn: undefined });
  });
});

describe("listMeetingsInputSchema", () => {
  it("defaults to the first page of 25, newest first", () => {
    expect(listMeetingsInputSchema.parse({})).toMatchObject({ page: 1, pageSize: 25, sort: "date", dir: "desc", kinds: [] });
  });

  it("refuses sort keys outside the allow-list and pages beyond the caps", () => {
    expect(listMeetingsInputSchema.safeParse({ sort: "createdById" }).success).toBe(false);
    expect(listMeetingsInputSchema.safeParse({ pageSize: 101 }).success).toBe(false);
    expect(listMeetingsInputSchema.safeParse({ page: 1001 }).success).toBe(false);
  });

  it("drops a blank search", () => {
    expect(listMeetingsInputSchema.parse({ q: "   " }).q).toBeUndefined();
  });
});

describe("ids and days", () => {
  it("accept UUIDs and real calendar days only", () => {
    expect(meetingIdSchema.safeParse("01890a5d-ac96-774b-bcce-b302099a8057").success).toBe(true);
    expect(meetingIdSchema.safeParse("1; DROP TABLE").success).toBe(false);
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-4-2")).toBe(false);
  });
});
