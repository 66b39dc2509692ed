import { z } from "zod";
import { DATE_PRECISIONS, MEETING_KINDS, MEETING_STATUSES, SIDES } from "@/lib/meetings/kinds";
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MEETING_SORT_KEYS, PAGE_SIZES, isIsoDay } from "@/lib/meetings/list-options";

export { DEFAULT_PAGE_SIZE, MAX_PAGE, MEETING_SORT_KEYS, PAGE_SIZES, isIsoDay };
export type { MeetingSortKey } from "@/lib/meetings/list-options";

// Shared by the server action, the data functions and the form: one definition of "valid".

/** Meeting ids are UUIDs (v7); anything else in a URL is simply not a meeting. */
export const meetingIdSchema = z.uuid();

export const isoDaySchema = z.string().trim().refine(isIsoDay, "Enter a date as YYYY-MM-DD.");

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose a country.");

/** Blank form fields mean "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be ${max.toLocaleString("en")} characters or fewer.`);

// ---------------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------------

export const listMeetingsInputSchema = z.object({
  q: z.preprocess(blankToUndefined, text(200, "The search").optional()),
  kinds: z.array(z.enum(MEETING_KINDS)).max(MEETING_KINDS.length).default([]),
  status: z.enum(MEETING_STATUSES).optional(),
  country: countryCodeSchema.optional(),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  sort: z.enum(MEETING_SORT_KEYS).default("date"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  page: z.int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.int().min(1).max(Math.max(...PAGE_SIZES)).default(DEFAULT_PAGE_SIZE),
  /** Honoured for admins only; everyone else never sees deleted meetings. */
  includeDeleted: z.boolean().default(false),
});

export type ListMeetingsInput = z.input<typeof listMeetingsInputSchema>;
export type ListMeetingsQuery = z.output<typeof listMeetingsInputSchema>;

// ---------------------------------------------------------------------------------------------
// Creating a meeting
// ---------------------------------------------------------------------------------------------

export const meetingCountryInputSchema = z.object({
  countryCode: countryCodeSchema,
  side: z.preprocess(blankToUndefined, z.enum(SIDES).optional()),
});

export const participantInputSchema = z.object({
  name: z.string().trim().min(1, "Enter the participant's name.").max(200, "Names must be 200 characters or fewer."),
  title: text(300, "The title").default(""),
  organization: text(300, "The organisation").default(""),
  countryCode: z.preprocess(blankToUndefined, countryCodeSchema.optional()),
  side: z.preprocess(blankToUndefined, z.enum(SIDES).optional()),
  isDelegationLead: z.boolean().default(false),
});

export const sourceInputSchema = z.object({
  outlet: z.string().trim().min(1, "Enter the outlet.").max(200, "The outlet must be 200 characters or fewer."),
  url: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }).max(2000).optional(),
  ),
  publishedOn: z.preprocess(blankToUndefined, isoDaySchema.optional()),
  text: z.string().trim().min(1, "Paste the source text.").max(200_000, "The text must be 200,000 characters or fewer."),
});

/** Stored date of a meeting: the first day of the month or year when only that is known. */
export function normaliseMeetingDate(day: string, precision: (typeof DATE_PRECISIONS)[number]): string {
  if (precision === "YEAR") return `${day.slice(0, 4)}-01-01`;
  if (precision === "MONTH") return `${day.slice(0, 7)}-01`;
  return day;
}

export const createMeetingSchema = z
  .object({
    title: z.string().trim().min(1, "Enter a title.").max(300, "The title must be 300 characters or fewer."),
    kind: z.enum(MEETING_KINDS, { error: "Choose the kind of meeting." }),
    status: z.enum(MEETING_STATUSES).default("DRAFT"),
    date: z.string({ error: "Enter the date." }).trim().min(1, "Enter the date.").pipe(isoDaySchema),
    datePrecision: z.enum(DATE_PRECISIONS).default("DAY"),
    place: text(200, "The place").default(""),
    locationCountryCode: z.preprocess(blankToUndefined, countryCodeSchema.optional()),
    summary: text(20_000, "The summary").default(""),
    outcome: text(20_000, "The outcome").default(""),
    countries: z
      .array(meetingCountryInputSchema)
      .min(1, "Add at least one country.")
      .max(50, "A meeting can list at most 50 countries.")
      .refine((rows) => new Set(rows.map((row) => row.countryCode)).size === rows.length, "Each country can be listed once."),
    participants: z
      .array(participantInputSchema)
      .max(200, "A meeting can list at most 200 participants.")
      .refine(
        (rows) => new Set(rows.map((row) => row.name.toLocaleLowerCase("en"))).size === rows.length,
        "Each participant can be listed once.",
      )
      .default([]),
    topicIds: z
      .array(z.uuid("Choose topics from the list."))
      .max(100, "Choose at most 100 topics.")
      .transform((ids) => [...new Set(ids)])
      .default([]),
    tags: z
      .array(z.string().trim().min(1).max(60, "Tags must be 60 characters or fewer."))
      .max(50, "Add at most 50 tags.")
      .default([]),
    source: sourceInputSchema.optional(),
  })
  .transform((meeting) => ({ ...meeting, date: normaliseMeetingDate(meeting.date, meeting.datePrecision) }));

export type CreateMeetingInput = z.input<typeof createMeetingSchema>;
export type CreateMeetingData = z.output<typeof createMeetingSchema>;

/** Zod issues as `{ "participants.0.name": ["Enter the participant's name."] }`, first message first. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
