import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FacetValueCount } from "@/lib/meetings/dto";
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from "@/lib/meetings/kinds";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { FACET_KEYS, parseMeetingView, type FacetKey, type RawParams } from "@/lib/meetings/search/filter-schema";
import { checkSearchText } from "@/lib/meetings/search/search-text";
import { isStatementTimeout, SEARCH_TIMEOUT_MS } from "@/lib/meetings/search/timeout";

/** Values listed per facet, most frequent first. */
export const FACET_SIZE = 10;
/**
 * Facets count over at most this many matching meetings (the most recent): exact below it, and
 * labelled "among the N most recent" above it, so counts never cost a scan of a million rows.
 */
export const FACET_SAMPLE = 20_000;

export interface MeetingFacets {
  facets: Record<FacetKey, FacetValueCount[]>;
  /** Set when the counts cover only the FACET_SAMPLE most recent matches. */
  sampled: number | null;
}

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

function label(key: FacetKey, value: FacetValueCount): FacetValueCount {
  if (key === "kind") return { ...value, label: MEETING_KIND_LABELS[value.value as keyof typeof MEETING_KIND_LABELS] ?? value.label };
  if (key === "status") return { ...value, label: MEETING_STATUS_LABELS[value.value as keyof typeof MEETING_STATUS_LABELS] ?? value.label };
  return value;
}

/**
 * Counts per facet value for a view. Each facet counts the view without its own selection
 * (OR within a facet keeps its other values visible), with every other filter applied (AND).
 * Rule: any signed-in user; live meetings only.
 */
export async function countMeetingFacets(raw: RawParams, keys: readonly FacetKey[] = FACET_KEYS): Promise<MeetingFacets> {
  await requireUser();
  const { view, searchRefused } = parseMeetingView(raw);
  const empty = Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Record<FacetKey, FacetValueCount[]>;
  if (searchRefused || (view.q && !checkSearchText(view.q).ok)) return { facets: empty, sampled: null };
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}`);
        const facets = { ...empty };
        let sampled: number | null = null;
        for (const key of keys) {
          const where = buildWhere(view, { skipFacet: key });
          const rows = await tx.$queryRaw<(FacetValueCount & { sampleSize: number })[]>`
            WITH hits AS (
              SELECT m."id" FROM "Meeting" m WHERE ${where}
              ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT ${FACET_SAMPLE}
            ), counted AS (${FACET_SQL[key]})
            SELECT counted.*, (SELECT count(*)::int FROM hits) AS "sampleSize"
            FROM counted ORDER BY "count" DESC, "label" ASC LIMIT ${FACET_SIZE}`;
          if ((rows[0]?.sampleSize ?? 0) >= FACET_SAMPLE) sampled = FACET_SAMPLE;
          facets[key] = rows.map(({ value, label: text, count }) => label(key, { value, label: text, count }));
        }
        return { facets, sampled };
      },
      { isolationLevel: "RepeatableRead" },
    );
  } catch (error) {
    if (isStatementTimeout(error)) return { facets: empty, sampled: null };
    throw error;
  }
}
