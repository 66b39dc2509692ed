import { Prisma } from "@/lib/generated/prisma/client";
import type { FacetKey } from "@/lib/meetings/search/filter-schema";

// The facet counts' SQL, apart from the session check so the benchmark can time the very
// statements the page runs.

/** Values listed per facet, most frequent first. */
export const FACET_SIZE = 10;
/**
 * Facets count over at most this many matching meetings (the most recent): exact below it, and
 * labelled "among the N most recent" above it, so counts never cost a scan of a million rows.
 */
export const FACET_SAMPLE = 20_000;

// value → label and count over the sampled meetings `hits`; fixed SQL per facet.
const FACET_SQL: Record<FacetKey, Prisma.Sql> = {
  country: Prisma.sql`SELECT x."countryCode" AS "value", c."name" AS "label", count(*)::int AS "count"
    FROM hits JOIN "MeetingCountry" x ON x."meetingId" = hits."id" JOIN "Country" c ON c."code" = x."countryCode" GROUP BY 1, 2`,
  person: Prisma.sql`SELECT x."personId"::text AS "value", p."name" AS "label", count(DISTINCT hits."id")::int AS "count"
    FROM hits JOIN "Participation" x ON x."meetingId" = hits."id" JOIN "Person" p ON p."id" = x."personId" GROUP BY 1, 2`,
  organization: Prisma.sql`SELECT x."organizationId"::text AS "value", o."name" AS "label", count(DISTINCT hits."id")::int AS "count"
    FROM hits JOIN "Participation" x ON x."meetingId" = hits."id" JOIN "Organization" o ON o."id" = x."organizationId" GROUP BY 1, 2`,
  topic: Prisma.sql`SELECT x."topicId"::text AS "value", t."name" AS "label", count(*)::int AS "count"
    FROM hits JOIN "MeetingTopic" x ON x."meetingId" = hits."id" JOIN "Topic" t ON t."id" = x."topicId" GROUP BY 1, 2`,
  tag: Prisma.sql`SELECT x."tagId"::text AS "value", t."name" AS "label", count(*)::int AS "count"
    FROM hits JOIN "MeetingTag" x ON x."meetingId" = hits."id" JOIN "Tag" t ON t."id" = x."tagId" GROUP BY 1, 2`,
  kind: Prisma.sql`SELECT m."kind"::text AS "value", m."kind"::text AS "label", count(*)::int AS "count"
    FROM hits JOIN "Meeting" m ON m."id" = hits."id" GROUP BY 1, 2`,
  status: Prisma.sql`SELECT m."status"::text AS "value", m."status"::text AS "label", count(*)::int AS "count"
    FROM hits JOIN "Meeting" m ON m."id" = hits."id" GROUP BY 1, 2`,
  outlet: Prisma.sql`SELECT x."outlet" AS "value", x."outlet" AS "label", count(DISTINCT hits."id")::int AS "count"
    FROM hits JOIN "Source" x ON x."meetingId" = hits."id" GROUP BY 1, 2`,
  year: Prisma.sql`SELECT extract(YEAR FROM m."date")::int::text AS "value", extract(YEAR FROM m."date")::int::text AS "label", count(*)::int AS "count"
    FROM hits JOIN "Meeting" m ON m."id" = hits."id" WHERE m."date" IS NOT NULL GROUP BY 1, 2`,
};

/** One facet's counts over the view's FACET_SAMPLE most recent matches, most frequent first. */
export function facetStatement(key: FacetKey, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH hits AS (
      SELECT m."id" FROM "Meeting" m WHERE ${where}
      ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${FACET_SAMPLE}
    ), counted AS (${FACET_SQL[key]})
    SELECT counted.*, (SELECT count(*)::int FROM hits) AS "sampleSize"
    FROM counted ORDER BY "count" DESC, "label" ASC LIMIT ${FACET_SIZE}`;
}
