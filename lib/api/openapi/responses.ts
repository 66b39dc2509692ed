// What the API answers with, for the document. Requests are described from the zod schemas the
// server validates with (parameters.ts, document.ts); answers are the data layer's DTOs, which are
// TypeScript types, so they are written out here, briefly, field by field.

const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const int = { type: "integer" };

export const problemSchema = {
  type: "object",
  description: "RFC 9457 problem details.",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: str,
    title: str,
    status: int,
    detail: str,
    errors: { type: "object", description: "Validation: each field's messages by its path (participants.0.name).", additionalProperties: { type: "array", items: str } },
    currentVersion: { ...int, description: "Conflict: the meeting's version now." },
    current: { $ref: "#/components/schemas/Meeting", description: "Conflict: the meeting as it stands." },
  },
};

export const meetingSchema = {
  type: "object",
  required: ["id", "version", "deletedAt", "record"],
  properties: {
    id: str,
    version: int,
    deletedAt: nullableStr,
    record: { $ref: "#/components/schemas/MeetingRecord" },
  },
};

export const meetingListItemSchema = {
  type: "object",
  properties: {
    id: str,
    title: str,
    kind: str,
    status: str,
    date: { ...nullableStr, description: "YYYY-MM-DD" },
    dateLabel: str,
    countries: { type: "array", items: { type: "object", properties: { code: str, name: str, side: nullableStr } } },
    leads: { type: "array", items: { type: "object", properties: { personId: str, name: str, countryCode: nullableStr } } },
    tags: { type: "array", items: { type: "object", properties: { id: str, name: str } } },
    topics: { type: "array", items: { type: "object", properties: { id: str, name: str } } },
    updatedAt: str,
    deleted: { type: "boolean" },
    snippet: { ...nullableStr, description: "With a search: the matched words between U+0002 and U+0003." },
  },
};

export const registryRowSchema = {
  type: "object",
  properties: { id: str, name: str, detail: nullableStr, matched: nullableStr, meetings: int, lastMetOn: nullableStr },
};

export const changeSchema = {
  type: "object",
  properties: { cursor: str, entityType: str, entityId: str, action: str, version: int, actorId: nullableStr, at: str, note: nullableStr },
};

export const revisionSchema = {
  type: "object",
  properties: { version: int, action: str, actor: nullableStr, createdAt: str, summary: str },
};

export const savedSchema = { type: "object", required: ["id", "version"], properties: { id: str, version: int } };

export const entitySchema = { type: "object", description: "The record itself (names, codes, spellings, what was merged into it).", additionalProperties: true };

/** A page of items with the cursor to the next. */
export function pageOf(items: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { type: "object", required: ["data", "nextCursor"], properties: { data: { type: "array", items }, nextCursor: nullableStr, ...extra } };
}
