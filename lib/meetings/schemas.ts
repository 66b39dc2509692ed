import { z } from "zod";
import { MEETING_KINDS, MEETING_STATUSES } from "@/lib/meetings/kinds";
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

// The record a meeting is written from (form, restore, seed) lives in lib/meetings/write/record-schema.ts.

/** Zod issues as `{ "participants.0.name": ["Enter the participant's name."] }`, first message first. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
