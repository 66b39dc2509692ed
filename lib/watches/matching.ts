import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildWhere } from "@/lib/meetings/search/build-where";
import { parseMeetingView } from "@/lib/meetings/search/filter-schema";
import { pairKeys } from "@/lib/watches/targets";

type Tx = Prisma.TransactionClient;

/** A changed meeting's keys, as watches name them. */
export interface MeetingKeys {
  createdById: string | null;
  deleted: boolean;
  people: string[];
  organizations: string[];
  countries: string[];
  topics: string[];
  tags: string[];
}

/** One statement: the meeting's author, whether it is in the trash, and what it links to. */
export async function readMeetingKeys(tx: Tx, meetingId: string): Promise<MeetingKeys | null> {
  const rows = await tx.$queryRaw<MeetingKeys[]>`
    SELECT m."createdById", m."deletedAt" IS NOT NULL AS "deleted",
           ARRAY(SELECT DISTINCT p."personId"::text FROM "Participation" p WHERE p."meetingId" = m."id") AS "people",
           ARRAY(SELECT DISTINCT p."organizationId"::text FROM "Participation" p WHERE p."meetingId" = m."id" AND p."organizationId" IS NOT NULL) AS "organizations",
           ARRAY(SELECT c."countryCode"::text FROM "MeetingCountry" c WHERE c."meetingId" = m."id") AS "countries",
           ARRAY(SELECT t."topicId"::text FROM "MeetingTopic" t WHERE t."meetingId" = m."id") AS "topics",
           ARRAY(SELECT t."tagId"::text FROM "MeetingTag" t WHERE t."meetingId" = m."id") AS "tags"
      FROM "Meeting" m WHERE m."id" = ${meetingId}::uuid`;
  return rows[0] ?? null;
}

/** Who watches something a meeting links to: userId → the labels of the watches it matched. */
export type WatchMatches = Map<string, string[]>;

/** The saved views some watch, each parsed once into the table's own filter, with who watches it. */
export interface WatchedViews {
  watchers: { userId: string; label: string; viewId: string }[];
  tests: { viewId: string; where: Prisma.Sql }[];
}

/**
 * Every watched saved view (once, however many watch it) as the table's own filter (buildWhere).
 * Read once per fan-out batch, not per change. A view its watcher may no longer see (unshared
 * since) is left out.
 */
export async function readWatchedViews(tx: Tx): Promise<WatchedViews> {
  const watchers = await tx.$queryRaw<{ userId: string; label: string; viewId: string; query: string }[]>`
    SELECT w."userId", w."label", v."id"::text AS "viewId", v."query"
      FROM "Watch" w JOIN "SavedView" v ON v."id"::text = w."key"
     WHERE w."kind" = 'SAVED_VIEW' AND (v."ownerId" = w."userId" OR v."shared")`;
  const tests: WatchedViews["tests"] = [];
  for (const [viewId, query] of new Map(watchers.map((row) => [row.viewId, row.query]))) {
    const parsed = parseMeetingView(new URLSearchParams(query));
    if (parsed.searchRefused) continue;
    // "walk": test the one row's match vector rather than collect every match of the search.
    tests.push({ viewId, where: buildWhere(parsed.view, { searchPlan: "walk" }) });
  }
  return { watchers: watchers.map(({ userId, label, viewId }) => ({ userId, label, viewId })), tests };
}

/**
 * The watches a meeting matches, by index lookups on (kind, key) with the meeting's own keys —
 * never a search over meetings — and the watched saved views, each tested against this one
 * meeting's id in one statement. The cost grows with the meeting's links and the number of
 * watched saved views, not with the number of meetings or of other watches.
 */
export async function matchWatches(tx: Tx, meetingId: string, keys: MeetingKeys, views: WatchedViews): Promise<WatchMatches> {
  const matches: WatchMatches = new Map();
  const add = (userId: string, label: string) => {
    const labels = matches.get(userId) ?? [];
    if (!labels.includes(label)) labels.push(label);
    matches.set(userId, labels);
  };
  const byKey = await tx.$queryRaw<{ userId: string; label: string }[]>`
    SELECT "userId", "label" FROM "Watch"
     WHERE ("kind" = 'PERSON' AND "key" = ANY(${keys.people}::text[]))
        OR ("kind" = 'ORGANIZATION' AND "key" = ANY(${keys.organizations}::text[]))
        OR ("kind" = 'COUNTRY' AND "key" = ANY(${keys.countries}::text[]))
        OR ("kind" = 'PAIR' AND "key" = ANY(${pairKeys(keys.countries)}::text[]))
        OR ("kind" = 'TOPIC' AND "key" = ANY(${keys.topics}::text[]))
        OR ("kind" = 'TAG' AND "key" = ANY(${keys.tags}::text[]))`;
  for (const row of byKey) add(row.userId, row.label);
  for (const row of await matchSavedViews(tx, meetingId, views)) add(row.userId, row.label);
  return matches;
}

async function matchSavedViews(tx: Tx, meetingId: string, views: WatchedViews): Promise<{ userId: string; label: string }[]> {
  if (views.tests.length === 0) return [];
  const tests = views.tests.map(
    ({ viewId, where }) => Prisma.sql`SELECT ${viewId}::text AS "viewId" WHERE EXISTS (SELECT 1 FROM "Meeting" m WHERE m."id" = ${meetingId}::uuid AND ${where})`,
  );
  const hits = new Set((await tx.$queryRaw<{ viewId: string }[]>`${Prisma.join(tests, " UNION ALL ")}`).map((row) => row.viewId));
  return views.watchers.filter((row) => hits.has(row.viewId));
}
