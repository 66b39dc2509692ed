import type { ExportedMeeting } from "@/lib/meetings/internal/search/export-rows";

/** Test support: one exported meeting with hostile text in its fields, overridable field by field. */
export const exportedMeeting = (overrides: Partial<ExportedMeeting> = {}): ExportedMeeting => ({
  id: "0192a4c0-7f00-7000-8000-000000000001",
  title: "Talks, \"quoted\"\nand multi-line",
  kind: "TALKS",
  status: "PUBLISHED",
  date: "2024-04-02",
  datePrecision: "DAY",
  place: null,
  locationCountry: null,
  summary: "=HYPERLINK(\"http://evil\")",
  outcome: "@SUM(A1)",
  updatedAt: "2024-04-03T10:00:00Z",
  countries: [{ code: "AZ", alpha3: "AZE", side: "HOST" }],
  participants: [
    { personId: "0192a4c0-7f00-7000-8000-0000000000a1", name: "-Sahiba Gafarova", title: "Speaker", organizationId: null, organization: null, country: "AZ", side: "HOST", lead: true },
  ],
  topics: [{ id: "0192a4c0-7f00-7000-8000-0000000000b1", name: "Energy" }],
  tags: [{ id: "0192a4c0-7f00-7000-8000-0000000000c1", name: "+1" }],
  sources: [],
  ...overrides,
});
