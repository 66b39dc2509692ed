import { Prisma } from "@/lib/generated/prisma/client";
import type { FacetKey, FacetSelection, MeetingFilter } from "@/lib/meetings/search/filter-schema";
import { checkSearchText } from "@/lib/meetings/internal/search/search-text";

// The one filter → SQL builder. Rows, counts, facets and export all call it, so they can never
// disagree about which meetings a view holds. Every value is a bound parameter; only fixed SQL
// fragments from this file are ever spliced in.

/** Shortest plain search that is also matched against names by trigram similarity. */
const FUZZY_NAME_MIN_LENGTH = 4;

export interface WhereOptions {
  /** Admins may ask to see soft-deleted meetings; everyone else never does. */
  showDeleted?: boolean;
  /** Leave one facet out (a facet's own counts ignore its own selection, so its other values stay visible). */
  skipFacet?: FacetKey;
  /**
   * How the search is read (search-plan.ts): "set" collects the matching meetings from the
   * indexes first (cheap for rare words); "walk" tests each meeting's match vector as rows are
   * read in order (cheap for words in most meetings, whose set would be most of the table).
   */
  searchPlan?: SearchPlan;
  /** The search's matches are already the rows read (date-order.ts): leave its condition out. */
  searchInFrom?: boolean;
}

export type SearchPlan = "set" | "walk";

const tsquery = (q: string) => Prisma.sql`websearch_to_tsquery('parley', ${q})`;

/** `EXISTS (… ANY)` for an include list, `NOT EXISTS` for an exclude list, over one link table. */
function linked(selection: FacetSelection<string>, from: Prisma.Sql, column: Prisma.Sql, cast: Prisma.Sql): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (selection.include.length > 0) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM ${from} WHERE x."meetingId" = m."id" AND ${column} = ANY(CAST(${selection.include} AS ${cast})))`);
  }
  if (selection.exclude.length > 0) {
    conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM ${from} WHERE x."meetingId" = m."id" AND ${column} = ANY(CAST(${selection.exclude} AS ${cast})))`);
  }
  return conditions;
}

/**
 * How many of the most similar names (and, separately, organisations) a search reaches. A common
 * word is similar to hundreds of names ("ministeri" to 1,385 ministries at 100,000 meetings); their
 * participations then outgrew PostgreSQL's work_mem, the membership test stopped being hashed and
 * one search ran for 11 s. A misspelt or partial name an analyst types is among the closest few.
 */
const FUZZY_NAME_LIMIT = 50;

/** The most similar of some scored names, closest first, as one array of ids. */
const closest = (scored: Prisma.Sql) => Prisma.sql`ARRAY(SELECT n."id" FROM (${scored}) n ORDER BY n."score" DESC LIMIT ${FUZZY_NAME_LIMIT})`;

/** How similar a name is to the search, and whether it is similar enough (pg_trgm's `%>`, indexed). */
const similarity = (q: string, name: Prisma.Sql) => {
  const needle = Prisma.sql`lower(parley_unaccent(${q}))`;
  return { score: Prisma.sql`word_similarity(${needle}, lower(parley_unaccent(${name})))`, similar: Prisma.sql`lower(parley_unaccent(${name})) %> ${needle}` };
};

// A name that the search's words match as they stand is left out of the similar names: each
// meeting's own vector holds its people's names and aliases and its organisations' names and
// acronyms, so those meetings match already. Without this, "Bangladesh" reached the 324,000
// participations of every ministry and embassy of Bangladesh at a million meetings, each a meeting
// the match vector had found, and its page ids took 2 s instead of 0.3.
const matchedAsIs = (q: string, text: Prisma.Sql) => Prisma.sql`to_tsvector('parley', ${text}) @@ ${tsquery(q)}`;

function closestPeople(q: string): Prisma.Sql {
  const [name, alias] = [similarity(q, Prisma.sql`t."name"`), similarity(q, Prisma.sql`a."alias"`)];
  return closest(Prisma.sql`
    SELECT t."id", ${name.score} AS "score" FROM "Person" t WHERE ${name.similar} AND NOT ${matchedAsIs(q, Prisma.sql`t."name"`)}
    UNION ALL SELECT a."personId", ${alias.score} FROM "PersonAlias" a WHERE ${alias.similar} AND NOT ${matchedAsIs(q, Prisma.sql`a."alias"`)}`);
}

/** Organisations' aliases are not in the vector: an alias is left out only when its organisation's name matches. */
function closestOrganizations(q: string): Prisma.Sql {
  const [name, alias] = [similarity(q, Prisma.sql`t."name"`), similarity(q, Prisma.sql`a."alias"`)];
  const nameAndAcronym = (table: string) => Prisma.raw(`concat_ws(' ', ${table}."name", ${table}."acronym")`);
  return closest(Prisma.sql`
    SELECT t."id", ${name.score} AS "score" FROM "Organization" t WHERE ${name.similar} AND NOT ${matchedAsIs(q, nameAndAcronym("t"))}
    UNION ALL SELECT a."organizationId", ${alias.score} FROM "OrganizationAlias" a JOIN "Organization" o ON o."id" = a."organizationId"
    WHERE ${alias.similar} AND NOT ${matchedAsIs(q, nameAndAcronym("o"))}`);
}

/** Whether a search is also matched against similar names: plain words, long enough to be a name. */
function matchesSimilarNames(q: string): boolean {
  const check = checkSearchText(q);
  return check.ok && check.plain && q.length >= FUZZY_NAME_MIN_LENGTH;
}

/** Meetings with a participant, or a participant's organisation, among the names most similar to the search. */
function similarNames(q: string): Prisma.Sql {
  return Prisma.sql`SELECT x."meetingId" FROM "Participation" x
        WHERE x."personId" = ANY(${closestPeople(q)}) OR x."organizationId" = ANY(${closestOrganizations(q)})`;
}

/**
 * The search condition: the meeting's match vector (its own fields and every source's text) and —
 * for a plain search of names — people and organisations whose name or alias is similar (partial
 * names and small misspellings: "Gafarov", "Lu Jianchao"), through the pg_trgm indexes on their
 * accent-free lower-case form.
 */
export function searchCondition(q: string, plan: SearchPlan = "set"): Prisma.Sql {
  const fuzzy = matchesSimilarNames(q);
  const matches = Prisma.sql`SELECT s."meetingId" FROM "MeetingMatch" s WHERE s."matchVector" @@ ${tsquery(q)}`;
  if (plan === "set") {
    // One set of ids from the indexes (GIN on the match vector, trigram on names): with no OR
    // around it, PostgreSQL collects the few matches of a rare word and joins them to their
    // meetings instead of reading meetings in order and testing each against the search.
    return Prisma.sql`m."id" IN (${fuzzy ? Prisma.sql`${matches} UNION ALL ${similarNames(q)}` : matches})`;
  }
  // OFFSET 0 keeps PostgreSQL from hashing the whole matching set: each meeting's own vector is tested.
  const own = Prisma.sql`EXISTS (SELECT 1 FROM "MeetingMatch" s WHERE s."meetingId" = m."id" AND s."matchVector" @@ ${tsquery(q)} OFFSET 0)`;
  return fuzzy ? Prisma.sql`(${own} OR m."id" IN (${similarNames(q)}))` : own;
}

/**
 * A weaker form of the search that the GIN index answers without reading any vector: its phrases'
 * "followed by" become "and". A phrase needs each candidate's positions, so PostgreSQL reads (and
 * decompresses) the vector of every meeting holding all its words; with the loose form the
 * candidates are put in date order first and only the newest are tested (date-order.ts). Null when
 * the search excludes words: "not (a followed by b)" is not weakened by "not (a and b)".
 */
export function looseSearch(q: string): Prisma.Sql | null {
  const check = checkSearchText(q);
  if (!check.ok || !check.phrases || check.excludes) return null;
  return Prisma.sql`regexp_replace(CAST(${tsquery(q)} AS text), '<(-|[0-9]+)>', '&', 'g')::tsquery`;
}

/**
 * The same meetings as searchCondition's (or, given a looser `query`, more), as rows ("meetingId",
 * "date") of the match table alone: the matches can be put in date order there, before any of
 * them is joined to "Meeting" (date-order.ts).
 */
export function searchMatchesWithDates(q: string, query: Prisma.Sql = tsquery(q)): Prisma.Sql {
  const matches = Prisma.sql`SELECT s."meetingId", s."date" FROM "MeetingMatch" s WHERE s."matchVector" @@ ${query}`;
  if (!matchesSimilarNames(q)) return matches;
  // Each similar name's meetings fetch their dates by key: as a join, PostgreSQL hashed all of "MeetingMatch".
  const named = Prisma.sql`SELECT n."meetingId", (SELECT s."date" FROM "MeetingMatch" s WHERE s."meetingId" = n."meetingId") FROM (${similarNames(q)}) n`;
  return Prisma.sql`${matches} UNION ${named}`;
}

function pairCondition(pair: NonNullable<MeetingFilter["pair"]>): Prisma.Sql[] {
  const [a, b] = pair;
  const has = (code: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "MeetingCountry" x WHERE x."meetingId" = m."id" AND x."countryCode" = CAST(${code} AS bpchar))`;
  // An open side means "with any other country": a pair is two countries, not one.
  const other = (code: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "MeetingCountry" x WHERE x."meetingId" = m."id" AND x."countryCode" <> CAST(${code} AS bpchar))`;
  if (a && b) return [has(a), has(b)];
  const one = a ?? b;
  return one ? [has(one), other(one)] : [];
}

const text = Prisma.sql`text[]`;
const uuid = Prisma.sql`uuid[]`;
// Country codes are char(2): compared as text, PostgreSQL casts the column and its index goes unused.
const countryCodes = Prisma.sql`bpchar[]`;
const year = Prisma.sql`CAST(EXTRACT(YEAR FROM m."date") AS int)`;

/** Each facet's conditions for its selection: one entry per key in FACET_KEYS, or this does not compile. */
export type FacetConditions = { readonly [K in FacetKey]: (selection: MeetingFilter[K]) => Prisma.Sql[] };

/**
 * Every facet's SQL. The entries' order is the order of the conditions in the statement (the
 * million-meeting plans were measured with it): the meeting's own columns first, then link tables.
 */
export const FACET_CONDITIONS: FacetConditions = {
  kind: ({ include, exclude }) => [
    ...(include.length > 0 ? [Prisma.sql`m."kind" = ANY(CAST(${include} AS "MeetingKind"[]))`] : []),
    ...(exclude.length > 0 ? [Prisma.sql`m."kind" <> ALL(CAST(${exclude} AS "MeetingKind"[]))`] : []),
  ],
  status: ({ include, exclude }) => [
    ...(include.length > 0 ? [Prisma.sql`m."status" = ANY(CAST(${include} AS "MeetingStatus"[]))`] : []),
    ...(exclude.length > 0 ? [Prisma.sql`m."status" <> ALL(CAST(${exclude} AS "MeetingStatus"[]))`] : []),
  ],
  year: ({ include, exclude }) => [
    ...(include.length > 0 ? [Prisma.sql`${year} = ANY(CAST(${include} AS int[]))`] : []),
    ...(exclude.length > 0 ? [Prisma.sql`(m."date" IS NULL OR ${year} <> ALL(CAST(${exclude} AS int[])))`] : []),
  ],
  country: (selection) => linked(selection, Prisma.sql`"MeetingCountry" x`, Prisma.sql`x."countryCode"`, countryCodes),
  person: (selection) => linked(selection, Prisma.sql`"Participation" x`, Prisma.sql`x."personId"`, uuid),
  organization: (selection) => linked(selection, Prisma.sql`"Participation" x`, Prisma.sql`x."organizationId"`, uuid),
  topic: (selection) => linked(selection, Prisma.sql`"MeetingTopic" x`, Prisma.sql`x."topicId"`, uuid),
  tag: (selection) => linked(selection, Prisma.sql`"MeetingTag" x`, Prisma.sql`x."tagId"`, uuid),
  outlet: (selection) => linked(selection, Prisma.sql`"Source" x`, Prisma.sql`x."outlet"`, text),
};

/** One facet's conditions (generic so each key's selection meets its own entry's type). */
function facetConditions<K extends FacetKey>(key: K, filter: MeetingFilter): Prisma.Sql[] {
  return FACET_CONDITIONS[key](filter[key]);
}

/** The WHERE clause (over `"Meeting" m`) for a filter. */
export function buildWhere(filter: MeetingFilter, options: WhereOptions = {}): Prisma.Sql {
  // Written exactly as the partial index's predicate so the planner can use Meeting_live_date_idx.
  const conditions: Prisma.Sql[] = options.showDeleted ? [] : [Prisma.sql`m."deletedAt" IS NULL`];

  if (filter.q && !options.searchInFrom) conditions.push(searchCondition(filter.q, options.searchPlan));
  if (filter.from) conditions.push(Prisma.sql`m."date" >= CAST(${filter.from} AS date)`);
  if (filter.to) conditions.push(Prisma.sql`m."date" <= CAST(${filter.to} AS date)`);
  if (filter.pair) conditions.push(...pairCondition(filter.pair));

  for (const key of Object.keys(FACET_CONDITIONS) as FacetKey[]) {
    if (options.skipFacet !== key) conditions.push(...facetConditions(key, filter));
  }

  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
