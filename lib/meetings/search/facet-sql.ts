import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchPlan, WhereOptions } from "@/lib/meetings/search/build-where";
import { dateOrdered } from "@/lib/meetings/internal/search/date-order";
import type { FacetKey, MeetingFilter } from "@/lib/meetings/search/filter-schema";

// The facet counts' SQL, apart from the session check so the benchmark can time the very
// statement the page runs.

/** Values listed per facet, most frequent first. */
export const FACET_SIZE = 10;
/**
 * Facets count over at most this many matching meetings (the most recent): exact below it, and
 * labelled "among the N most recent" above it, so counts never cost a scan of the whole result.
 * Counting reads each sampled meeting's people, countries, topics, tags and sources (about 15
 * index probes a meeting); at 20,000 that was over a second of PostgreSQL CPU per page.
 */
export const FACET_SAMPLE = 1_000;

// value → label and count over the sampled meetings in CTE `hits` (id, kind, status, date). Each
// sampled meeting reads its own links through the link table's (meetingId, …) key: `OFFSET 0`
// keeps the planner from turning that into a hash join over the whole link table, which it
// prefers for a sample of unknown size and which costs a full scan of every link table per page.
const links = (table: string, column: string, distinct = false) =>
  Prisma.raw(`CROSS JOIN LATERAL (SELECT ${distinct ? "DISTINCT " : ""}x."${column}" FROM "${table}" x WHERE x."meetingId" = h."id" OFFSET 0) x`);

const FACET_SQL: Record<FacetKey, (hits: Prisma.Sql) => Prisma.Sql> = {
  country: (hits) => Prisma.sql`SELECT x."countryCode" AS "value", c."name" AS "label", count(*)::int AS "count"
    FROM ${hits} h ${links("MeetingCountry", "countryCode")} JOIN "Country" c ON c."code" = x."countryCode" GROUP BY 1, 2`,
  // (meetingId, personId) is unique, so counting rows counts meetings.
  person: (hits) => Prisma.sql`SELECT x."personId"::text AS "value", p."name" AS "label", count(*)::int AS "count"
    FROM ${hits} h ${links("Participation", "personId")} JOIN "Person" p ON p."id" = x."personId" GROUP BY 1, 2`,
  organization: (hits) => Prisma.sql`SELECT x."organizationId"::text AS "value", o."name" AS "label", count(*)::int AS "count"
    FROM ${hits} h ${links("Participation", "organizationId", true)} JOIN "Organization" o ON o."id" = x."organizationId" GROUP BY 1, 2`,
  topic: (hits) => Prisma.sql`SELECT x."topicId"::text AS "value", t."name" AS "label", count(*)::int AS "count"
    FROM ${hits} h ${links("MeetingTopic", "topicId")} JOIN "Topic" t ON t."id" = x."topicId" GROUP BY 1, 2`,
  tag: (hits) => Prisma.sql`SELECT x."tagId"::text AS "value", t."name" AS "label", count(*)::int AS "count"
    FROM ${hits} h ${links("MeetingTag", "tagId")} JOIN "Tag" t ON t."id" = x."tagId" GROUP BY 1, 2`,
  kind: (hits) => Prisma.sql`SELECT h."kind"::text AS "value", h."kind"::text AS "label", count(*)::int AS "count" FROM ${hits} h GROUP BY 1, 2`,
  status: (hits) => Prisma.sql`SELECT h."status"::text AS "value", h."status"::text AS "label", count(*)::int AS "count" FROM ${hits} h GROUP BY 1, 2`,
  outlet: (hits) => Prisma.sql`SELECT x."outlet" AS "value", x."outlet" AS "label", count(*)::int AS "count"
    FROM ${hits} h ${links("Source", "outlet", true)} GROUP BY 1, 2`,
  year: (hits) => Prisma.sql`SELECT extract(YEAR FROM h."date")::int::text AS "value", extract(YEAR FROM h."date")::int::text AS "label", count(*)::int AS "count"
    FROM ${hits} h WHERE h."date" IS NOT NULL GROUP BY 1, 2`,
};

function sample(name: Prisma.Sql, filter: MeetingFilter, options: WhereOptions): Prisma.Sql {
  const newest = dateOrdered(filter, options, "desc");
  return Prisma.sql`${name} AS (
  SELECT m."id", m."kind", m."status", m."date" FROM ${newest.from} WHERE ${newest.where}
  ORDER BY ${newest.orderBy} LIMIT ${FACET_SAMPLE})`;
}

export interface FacetRow {
  facet: FacetKey;
  value: string;
  label: string;
  count: number;
  sampleSize: number;
}

/**
 * Every facet's counts in one statement. Each facet counts the view without its own selection, so
 * facets without a selection share one sample of the view (read once) and only a facet with a
 * selection gets a sample of its own.
 */
export function facetsStatement(filter: MeetingFilter, keys: readonly FacetKey[], searchPlan?: SearchPlan): Prisma.Sql {
  const selected = (key: FacetKey) => filter[key].include.length > 0 || filter[key].exclude.length > 0;
  const ctes = [sample(Prisma.raw("hits"), filter, { searchPlan })];
  const parts = keys.map((key) => {
    const hits = selected(key) ? Prisma.raw(`hits_${key}`) : Prisma.raw("hits");
    if (selected(key)) ctes.push(sample(hits, filter, { skipFacet: key, searchPlan }));
    return Prisma.sql`(SELECT ${key}::text AS "facet", counted.*, (SELECT count(*)::int FROM ${hits}) AS "sampleSize"
      FROM (${FACET_SQL[key](hits)}) counted ORDER BY "count" DESC, "label" ASC LIMIT ${FACET_SIZE})`;
  });
  return Prisma.sql`WITH ${Prisma.join(ctes, ", ")} ${Prisma.join(parts, " UNION ALL ")}`;
}
