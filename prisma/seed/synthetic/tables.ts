/**
 * The columns the synthetic loader writes, in COPY order. Sources and evidence go to unlogged
 * staging tables first (with the batch they belong to), so their text vectors can be built in
 * parallel when they move into place.
 */
export const COPY_TABLES = {
  meeting: {
    table: '"Meeting"',
    columns: ["id", "title", "kind", "status", "date", "datePrecision", "place", "locationCountryCode", "summary", "outcome", "createdAt", "updatedAt", "deletedAt"],
  },
  meetingCountry: { table: '"MeetingCountry"', columns: ["meetingId", "countryCode", "side"] },
  participation: {
    table: '"Participation"',
    columns: ["id", "meetingId", "personId", "organizationId", "countryCode", "title", "side", "isDelegationLead", "position"],
  },
  meetingTopic: { table: '"MeetingTopic"', columns: ["meetingId", "topicId"] },
  meetingTag: { table: '"MeetingTag"', columns: ["meetingId", "tagId", "createdAt"] },
  source: {
    table: '"_parley_seed_source"',
    columns: ["batch", "id", "meetingId", "outlet", "url", "title", "publishedOn", "language", "text", "createdAt"],
  },
  evidence: {
    table: '"_parley_seed_evidence"',
    columns: ["batch", "id", "meetingId", "sourceId", "startOffset", "endOffset", "quote", "field", "participationId", "personId", "countryCode", "createdAt"],
  },
} as const;

export type CopyTable = keyof typeof COPY_TABLES;

export type Batch = Record<CopyTable, string[]>;

export function emptyBatch(): Batch {
  return { meeting: [], meetingCountry: [], participation: [], meetingTopic: [], meetingTag: [], source: [], evidence: [] };
}
