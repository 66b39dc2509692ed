import { z } from "zod";
import { DATE_PRECISIONS, MEETING_KINDS, MEETING_STATUSES, SIDES } from "@/lib/meetings/kinds";
import { isIsoDay } from "@/lib/meetings/list-options";
import { countryCodeSchema, toFieldErrors } from "@/lib/meetings/schemas";

export { toFieldErrors };
import { safeText } from "@/lib/meetings/write/safe-text";

/**
 * The whole meeting record as one value: what the form submits, what a revision stores, what a
 * restore writes back. Every write of a meeting (form, restore, bulk tagging, seed, factories)
 * goes through `writeMeetingRecord` (inside a unit of work) with this shape, so every record has
 * the same history.
 *
 * Participants, sources and evidence refer to each other by position in their lists, so a form
 * (or a suggestion from extraction) can link evidence to a participant that has no id yet.
 */

/** Blank form fields mean "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number, label: string) => safeText(max, label).default("");

/** A calendar day from year 1 on; year 0 and 2024-02-30 are not days. */
export const recordDaySchema = z
  .string({ error: "Enter the date." })
  .trim()
  .min(1, "Enter the date.")
  .refine(isIsoDay, "Enter a date as YYYY-MM-DD.")
  .refine((day) => Number(day.slice(0, 4)) >= 1, "Enter a year from 1 on.");

export const SOURCE_TEXT_MAX = 150_000;
export const MAX_PARTICIPANTS = 200;
export const MAX_SOURCES = 10;
export const MAX_EVIDENCE = 300;

export const recordCountrySchema = z.object({
  countryCode: countryCodeSchema,
  side: z.preprocess(blankToUndefined, z.enum(SIDES).optional()),
});

export const recordParticipantSchema = z.object({
  /** The person this row links to; absent means "create a new person with this name". */
  personId: z.preprocess(blankToUndefined, z.uuid("Choose the person from the list.").optional()),
  /** The name as written in the source; a spelling that differs from the person's name becomes an alias. */
  name: safeText(200, "The name").pipe(z.string().min(1, "Enter the participant's name.")),
  /** Create a new person even though someone of this name exists (a namesake). */
  allowNamesake: z.boolean().default(false),
  title: optionalText(300, "The title"),
  /** The organisation this row links to; absent with a name: found by exact name, else created. */
  organizationId: z.preprocess(blankToUndefined, z.uuid("Choose the organisation from the list.").optional()),
  organization: optionalText(300, "The organisation"),
  countryCode: z.preprocess(blankToUndefined, countryCodeSchema.optional()),
  side: z.preprocess(blankToUndefined, z.enum(SIDES).optional()),
  isDelegationLead: z.boolean().default(false),
});

export const recordSourceSchema = z.object({
  /** An existing source of this meeting; absent for a new one. */
  id: z.preprocess(blankToUndefined, z.uuid().optional()),
  outlet: safeText(200, "The outlet").pipe(z.string().min(1, "Enter the outlet.")),
  url: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }).max(2000).optional(),
  ),
  title: optionalText(500, "The headline"),
  publishedOn: z.preprocess(blankToUndefined, recordDaySchema.optional()),
  language: z.preprocess(blankToUndefined, z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Enter a language code such as en or ru.").default("en")),
  // Not trimmed: evidence offsets count from the first character as pasted.
  text: safeText(SOURCE_TEXT_MAX, "The source text", { trim: false }).pipe(
    z.string().refine((text) => text.trim().length > 0, "Paste the source text."),
  ),
});

/** Fields of the meeting itself that a passage can support. */
export const EVIDENCE_FIELDS = ["title", "date", "place", "kind", "summary", "outcome"] as const;
/** What of a participant a passage supports ("alias": a spelling of their name seen here). */
export const PARTICIPANT_ASPECTS = ["person", "title", "organization", "alias"] as const;

export const evidenceTargetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("field"), field: z.enum(EVIDENCE_FIELDS) }),
  z.object({ type: z.literal("participant"), index: z.int().min(0), aspect: z.enum(PARTICIPANT_ASPECTS).default("person") }),
  z.object({ type: z.literal("country"), countryCode: countryCodeSchema }),
  /** An organisation the source names, whether or not a participant represents it. */
  z.object({ type: z.literal("organization"), organizationId: z.uuid(), aspect: z.enum(["name", "alias"]).default("name") }),
  z.object({ type: z.literal("topic"), topicId: z.uuid() }),
]);

export const recordEvidenceSchema = z
  .object({
    sourceIndex: z.int().min(0),
    start: z.int().min(0),
    end: z.int().min(1),
    quote: z.string().min(1).max(2_000),
    target: evidenceTargetSchema,
  })
  .refine((span) => span.end > span.start, { message: "The passage is empty.", path: ["end"] });

export const meetingRecordSchema = z
  .object({
    title: safeText(300, "The title").pipe(z.string().min(1, "Enter a title.")),
    kind: z.enum(MEETING_KINDS, { error: "Choose the kind of meeting." }),
    status: z.enum(MEETING_STATUSES).default("DRAFT"),
    date: recordDaySchema,
    datePrecision: z.enum(DATE_PRECISIONS).default("DAY"),
    place: optionalText(200, "The place"),
    locationCountryCode: z.preprocess(blankToUndefined, countryCodeSchema.optional()),
    summary: optionalText(20_000, "The summary"),
    outcome: optionalText(20_000, "The outcome"),
    countries: z
      .array(recordCountrySchema)
      .min(1, "Add at least one country.")
      .max(50, "A meeting can list at most 50 countries.")
      .refine((rows) => new Set(rows.map((row) => row.countryCode)).size === rows.length, "Each country can be listed once."),
    participants: z.array(recordParticipantSchema).max(MAX_PARTICIPANTS, `A meeting can list at most ${MAX_PARTICIPANTS} participants.`).default([]),
    topicIds: z
      .array(z.uuid("Choose topics from the list."))
      .max(100, "Choose at most 100 topics.")
      .transform((ids) => [...new Set(ids)])
      .default([]),
    tags: z
      .array(safeText(60, "A tag").pipe(z.string().min(1)))
      .max(50, "Add at most 50 tags.")
      .default([]),
    sources: z.array(recordSourceSchema).max(MAX_SOURCES, `A meeting can have at most ${MAX_SOURCES} sources.`).default([]),
    evidence: z.array(recordEvidenceSchema).max(MAX_EVIDENCE, `At most ${MAX_EVIDENCE.toLocaleString("en")} evidence passages.`).default([]),
  })
  .superRefine((record, context) => {
    record.participants.forEach((participant, index) => {
      const earlier = record.participants.findIndex(
        (other, i) => i < index && other.personId !== undefined && other.personId === participant.personId,
      );
      if (earlier >= 0) {
        context.addIssue({ code: "custom", path: ["participants", index, "personId"], message: `This is the same person as participant ${earlier + 1}.` });
      }
    });
    record.evidence.forEach((span, index) => {
      const source = record.sources[span.sourceIndex];
      if (!source) {
        context.addIssue({ code: "custom", path: ["evidence", index, "sourceIndex"], message: "This passage's source is not in the record." });
        return;
      }
      if (source.text.slice(span.start, span.end) !== span.quote) {
        context.addIssue({
          code: "custom",
          path: ["evidence", index, "quote"],
          message: "The quoted passage is no longer at this place in the source text: select it again or remove it.",
        });
      }
      if (span.target.type === "participant" && !record.participants[span.target.index]) {
        context.addIssue({ code: "custom", path: ["evidence", index, "target"], message: "This passage's participant is not in the record." });
      }
      if (span.target.type === "participant" && span.target.aspect === "organization") {
        const participant = record.participants[span.target.index];
        if (participant && !participant.organizationId && !participant.organization) {
          context.addIssue({ code: "custom", path: ["evidence", index, "target"], message: "This participant has no organisation." });
        }
      }
      const target = span.target;
      if (target.type === "country" && !record.countries.some((c) => c.countryCode === target.countryCode)) {
        context.addIssue({ code: "custom", path: ["evidence", index, "target"], message: "This passage's country is not in the record." });
      }
      if (target.type === "topic" && !record.topicIds.includes(target.topicId)) {
        context.addIssue({ code: "custom", path: ["evidence", index, "target"], message: "This passage's topic is not in the record." });
      }
    });
  })
  .transform((record) => ({ ...record, date: normaliseMeetingDate(record.date, record.datePrecision) }));

export type MeetingRecordInput = z.input<typeof meetingRecordSchema>;
export type MeetingRecord = z.output<typeof meetingRecordSchema>;
export type RecordParticipant = MeetingRecord["participants"][number];
export type RecordSource = MeetingRecord["sources"][number];
export type RecordEvidence = MeetingRecord["evidence"][number];
export type EvidenceTarget = RecordEvidence["target"];

/** Stored date of a meeting: the first day of the month or year when only that is known. */
export function normaliseMeetingDate(day: string, precision: (typeof DATE_PRECISIONS)[number]): string {
  if (precision === "YEAR") return `${day.slice(0, 4)}-01-01`;
  if (precision === "MONTH") return `${day.slice(0, 7)}-01`;
  return day;
}
