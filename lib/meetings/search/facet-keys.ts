// The one list of facet keys (include/exclude values with counts in the panel). The filter schema,
// the SQL builders (build-where.ts, facet-sql.ts), the client's URL parsers (list-params.ts) and
// the facet panel all read it; each keeps a Record over FacetKey, so a key added here without its
// SQL, parser or label does not compile. No zod or Prisma here: the client bundle imports it.

export const FACET_KEYS = ["country", "person", "organization", "topic", "tag", "kind", "status", "outlet", "year"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Each facet's heading in the panel, in the analyst's words. */
export const FACET_LABELS: Readonly<Record<FacetKey, string>> = {
  country: "Country",
  person: "Person",
  organization: "Organisation",
  topic: "Topic",
  tag: "Tag",
  kind: "Kind",
  status: "Status",
  outlet: "Source outlet",
  year: "Year",
};
