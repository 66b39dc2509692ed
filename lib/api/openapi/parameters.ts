import { z } from "zod";
import { inputJsonSchema } from "@/lib/api/openapi/json-schema";
import { MEETING_LIST_MAX } from "@/lib/api/meetings/list-meetings";
import { TAG_LIST_MAX } from "@/lib/api/registry/list-tags";
import { CHANGES_PAGE_MAX } from "@/lib/changes/feed";
import { MEETING_KINDS, MEETING_STATUSES } from "@/lib/meetings/kinds";
import { DEFAULT_PAGE_SIZE, MEETING_SORT_KEYS } from "@/lib/meetings/list-options";
import { FACET_KEYS, PARAM_LABELS } from "@/lib/meetings/search/filter-schema";
import { REGISTRY_SORT_KEYS } from "@/lib/registry/list-params";

export type Parameter = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: Record<string, unknown> };

const query = (name: string, description: string, schema: z.ZodType = z.string()): Parameter => ({ name, in: "query", description, schema: inputJsonSchema(schema) });

export const cursorParameter = query("cursor", "The `nextCursor` of the previous page, unchanged; absent for the first page.");
export const limitParameter = (max: number, fallback: number) =>
  query("limit", `Items per page, 1 to ${max} (default ${fallback}). Keep it the same while following cursors.`, z.int().min(1).max(max));

export const idParameter = (what: string): Parameter => ({ name: "id", in: "path", required: true, description: `The ${what}'s id.`, schema: { type: "string" } });

const FACET_HINTS: Record<string, string> = {
  country: "ISO 3166-1 codes",
  person: "person ids",
  organization: "organisation ids",
  topic: "topic ids",
  tag: "tag ids",
  kind: MEETING_KINDS.join(", "),
  status: MEETING_STATUSES.join(", "),
  outlet: "outlet names",
  year: "years",
};

/** The meetings table's URL parameters (lib/meetings/list-params.ts), with the API's paging. */
export const meetingListParameters: Parameter[] = [
  query("q", "Search words, as in the table's search box: \"phrase\", OR, -word."),
  ...FACET_KEYS.map((key) =>
    query(key, `The ${PARAM_LABELS[key]}: a comma list of ${FACET_HINTS[key] ?? "values"}, OR within it; a leading - excludes one (country=AZ,-RU).`),
  ),
  query("pair", "Meetings between two countries: pair=AZ,CN (either side may be left open: pair=AZ,)."),
  query("from", "Meetings on or after this day, YYYY-MM-DD."),
  query("to", "Meetings on or before this day, YYYY-MM-DD."),
  query("sort", "Sort order; relevance only with a search (the default then), date otherwise.", z.enum(MEETING_SORT_KEYS)),
  query("dir", "Sort direction (default: asc for title, desc otherwise).", z.enum(["asc", "desc"])),
  limitParameter(MEETING_LIST_MAX, DEFAULT_PAGE_SIZE),
  cursorParameter,
];

export const registryListParameters: Parameter[] = [
  query("q", "Search by name and spelling, accents aside (people and organisations: three letters or more)."),
  query("sort", "Sort order; match only with a search (the default then), meetings otherwise.", z.enum(REGISTRY_SORT_KEYS)),
  query("dir", "Sort direction.", z.enum(["asc", "desc"])),
  cursorParameter,
];

export const tagListParameters: Parameter[] = [limitParameter(TAG_LIST_MAX, 100), cursorParameter];

export const changesParameters: Parameter[] = [
  query("after", "The cursor of the last change you handled (digits); 0 or absent from the beginning.", z.string().regex(/^\d+$/)),
  limitParameter(CHANGES_PAGE_MAX, 100),
];

export const versionParameter: Parameter = {
  name: "version",
  in: "query",
  required: true,
  description: "The version the meeting was read at; a stale one is a 409.",
  schema: inputJsonSchema(z.int().min(1)),
};
