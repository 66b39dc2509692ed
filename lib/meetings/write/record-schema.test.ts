import { describe, expect, it } from "vitest";
import { meetingRecordSchema, normaliseMeetingDate, toFieldErrors } from "@/lib/meetings/write/record-schema";

const minimal = { title: "Talks", kind: "TALKS", date: "2024-04-02", countries: [{ countryCode: "az" }] };
const text = "BAKU, April 2. Sahiba Gafarova met Liu Jianchao.";
const source = { outlet: "Trend", text };
const errorsOf = (input: unknown) => toFieldErrors(meetingRecordSchema.safeParse(input).error!);

describe("meetingRecordSchema", () => {
  it("accepts the required fields alone and fills the defaults", () => {
    expect(meetingRecordSchema.parse(minimal)).toMatchObject({
      title: "Talks",
      status: "DRAFT",
      datePrecision: "DAY",
      countries: [{ countryCode: "AZ" }],
      participants: [],
      topicIds: [],
      tags: [],
      sources: [],
      evidence: [],
    });
  });

  it("stores a month- or year-precise date as the first day of its period", () => {
    expect(meetingRecordSchema.parse({ ...minimal, datePrecision: "MONTH" }).date).toBe("2024-04-01");
    expect(meetingRecordSchema.parse({ ...minimal, datePrecision: "YEAR" }).date).toBe("2024-01-01");
    expect(normaliseMeetingDate("2024-04-02", "DAY")).toBe("2024-04-02");
  });

  it("names every missing required field with a message for the analyst", () => {
    const errors = errorsOf({ title: "", countries: [] });
    expect(errors.title).toEqual(["Enter a title."]);
    expect(errors.kind).toEqual(["Choose the kind of meeting."]);
    expect(errors.date).toEqual(["Enter the date."]);
    expect(errors.countries).toEqual(["Add at least one country."]);
  });

  it("rejects impossible dates, year 0, duplicate countries, unsafe source links and over-long text", () => {
    const errors = errorsOf({
      ...minimal,
      date: "2023-02-29",
      countries: [{ countryCode: "AZ" }, { countryCode: "az" }],
      sources: [{ outlet: "X", url: "javascript:alert(1)", text: "t" }],
      summary: "x".repeat(20_001),
    });
    expect(Object.keys(errors).sort()).toEqual(["countries", "date", "sources.0.url", "summary"]);
    expect(errorsOf({ ...minimal, date: "0000-01-01" }).date).toEqual(["Enter a year from 1 on."]);
  });

  it("refuses a NUL character or a lone surrogate in any text with a message beside the field", () => {
    const errors = errorsOf({
      ...minimal,
      title: "Talks\u0000",
      summary: "broken \uD800 text",
      sources: [{ outlet: "Trend", text: "pasted\u0000from a PDF" }],
    });
    expect(errors.title?.[0]).toMatch(/NUL/);
    expect(errors.summary?.[0]).toMatch(/broken character/);
    expect(errors["sources.0.text"]?.[0]).toMatch(/NUL/);
    // A surrogate pair (an emoji) is text, not a problem.
    expect(meetingRecordSchema.safeParse({ ...minimal, title: "Talks 🤝" }).success).toBe(true);
  });

  it("treats blank optional fields as not given and keeps source text exactly as pasted", () => {
    const parsed = meetingRecordSchema.parse({
      ...minimal,
      locationCountryCode: "",
      participants: [{ name: " Liu Jianchao ", personId: "", countryCode: "", side: "" }],
      sources: [{ outlet: "Trend", url: "", publishedOn: "", text: "  Text with leading spaces" }],
    });
    expect(parsed.locationCountryCode).toBeUndefined();
    expect(parsed.participants[0]).toMatchObject({ name: "Liu Jianchao", personId: undefined, countryCode: undefined, side: undefined });
    expect(parsed.sources[0]).toMatchObject({ url: undefined, publishedOn: undefined, text: "  Text with leading spaces", language: "en" });
  });

  it("accepts evidence whose quote is at its offsets and refuses one that is not", () => {
    const start = text.indexOf("Liu Jianchao");
    const participants = [{ name: "Liu Jianchao" }];
    const good = { start, end: start + 12, quote: "Liu Jianchao", sourceIndex: 0, target: { type: "participant", index: 0 } };
    expect(meetingRecordSchema.safeParse({ ...minimal, participants, sources: [source], evidence: [good] }).success).toBe(true);

    const moved = errorsOf({ ...minimal, participants, sources: [source], evidence: [{ ...good, start: start + 1, end: start + 13 }] });
    expect(moved["evidence.0.quote"]?.[0]).toMatch(/no longer at this place/);
    const missing = errorsOf({ ...minimal, participants, sources: [source], evidence: [{ ...good, quote: "Lu Jianchao" }] });
    expect(missing["evidence.0.quote"]).toBeDefined();
  });

  it("refuses evidence pointing at a source, participant, country or topic the record does not have", () => {
    const span = { start: 0, end: 4, quote: "BAKU" };
    const errors = errorsOf({
      ...minimal,
      sources: [source],
      evidence: [
        { ...span, sourceIndex: 3, target: { type: "field", field: "place" } },
        { ...span, sourceIndex: 0, target: { type: "participant", index: 0 } },
        { ...span, sourceIndex: 0, target: { type: "country", countryCode: "CN" } },
        { ...span, sourceIndex: 0, target: { type: "topic", topicId: "01890a5d-ac96-774b-bcce-b302099a8057" } },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual(["evidence.0.sourceIndex", "evidence.1.target", "evidence.2.target", "evidence.3.target"]);
  });

  it("refuses the same linked person twice", () => {
    const personId = "01890a5d-ac96-774b-bcce-b302099a8057";
    const errors = errorsOf({ ...minimal, participants: [{ name: "Liu Jianchao", personId }, { name: "Lu Jianchao", personId }] });
    expect(errors["participants.1.personId"]?.[0]).toMatch(/same person as participant 1/);
  });
});
