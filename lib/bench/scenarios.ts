import pg from "pg";
import { ADJECTIVES, NOUNS } from "@/prisma/seed/synthetic/prose";

/** One thing an analyst does, as the URLs the browser asks for (rotated when there are several). */
export interface Scenario {
  key: string;
  label: string;
  /** The first URL (kept for the report's layout); `paths` holds every URL the scenario rotates through. */
  path: string;
  paths: string[];
  /** What makes it hard, in numbers taken from the data (shown in the report). */
  note: string;
  /** What the response must contain: table rows, a meeting page, or an entity page's meeting list. */
  expects: "rows" | "search" | "meeting" | "entity";
  /** Which of issue 6's targets applies (see targets.ts). */
  target: TargetKey;
}

export type TargetKey = "list" | "search" | "search-common" | "entity";

/** Queries of one kind, each with the meetings it reaches (counted for a few, null for the rest). */
export interface QueryGroup {
  queries: string[];
  /** Meetings matched by the first few queries (uncapped), to show how hard the group is. */
  sampleMatches: number[];
}

export interface ScenarioInputs {
  commonCountry: { code: string; meetings: number };
  secondCountry: { code: string; meetings: number };
  thirdCountry: { code: string; meetings: number };
  rareCountry: { code: string; meetings: number };
  kind: string;
  from: string;
  to: string;
  year: number;
  person: { id: string; name: string; meetings: number };
  mostMetPerson: { id: string; name: string; meetings: number };
  organization: { id: string; name: string; meetings: number };
  topic: { id: string; name: string; meetings: number };
  tag: { id: string; name: string; meetings: number };
  pair: { a: string; b: string; meetings: number };
  /** Where page 1,000 of the default order starts: the 24,975th row's date and id. */
  deepCursor: { page: number; date: string | null; id: string } | null;
  search: {
    rare: QueryGroup;
    mid: QueryGroup;
    common: QueryGroup;
    names: QueryGroup;
    partialNames: QueryGroup;
    misspelledNames: QueryGroup;
    phrases: QueryGroup;
  };
  /** Kept for the EXPLAIN section: one query of each group. */
  rareTerm: { term: string; meetings: number };
  commonTerm: { term: string; meetings: number };
  phrase: { text: string; meetings: number };
  /** A meeting with 20 participants and 3 sources: the heaviest permalink the generator makes. */
  heavyMeeting: { id: string; participants: number; sources: number };
  /** The view the export is timed on: meetings since `from` (about EXPORT_ROWS of them), or all. */
  exportView: { params: Record<string, string>; meetings: number };
}

export const QUERIES_PER_GROUP = 30;
export const PAGE_SIZE = 25;
export const DEEP_PAGE = 1000;
/** The export scenario: 100,000 rows, whatever the size of the load. */
export const EXPORT_ROWS = 100_000;

async function one<T extends pg.QueryResultRow>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query<T>(sql, params);
  if (!rows[0]) throw new Error(`The bench database has no row for: ${sql.replace(/\s+/g, " ").slice(0, 120)}`);
  return rows[0];
}

/** Live meetings a search term reaches, through their own fields or a source's text (uncapped). */
async function meetingsMatching(client: pg.Client, term: string): Promise<number> {
  const row = await one<{ count: number }>(
    client,
    `SELECT count(*)::int AS count FROM "MeetingMatch" s JOIN "Meeting" m ON m."id" = s."meetingId"
     WHERE s."matchVector" @@ websearch_to_tsquery('parley', $1) AND m."deletedAt" IS NULL`,
    [term],
  );
  return row.count;
}

/**
 * Lexemes of the sources' text whose stem is itself (so typing the lexeme searches for exactly it),
 * from a sample of about 5,000 sources, with the share of sampled sources that contain each.
 */
async function sampledLexemes(client: pg.Client) {
  const { rows: sizes } = await client.query<{ sources: number }>(`SELECT count(*)::int AS sources FROM "Source"`);
  const percent = Math.min(100, Math.max(1, (100 * 5_000) / Math.max(1, sizes[0]?.sources ?? 0)));
  const sample = `FROM "Source" TABLESAMPLE SYSTEM (${percent.toFixed(3)}) REPEATABLE (1)`;
  const { rows } = await client.query<{ word: string; share: number }>(
    `SELECT word, ndoc::float / (SELECT count(*) ${sample}) AS share
     FROM ts_stat('SELECT "searchVector" ${sample.replaceAll("'", "''")}')
     WHERE word ~ '^[a-z]{5,}$' AND websearch_to_tsquery('parley', word)::text = quote_literal(word)
     ORDER BY ndoc DESC, word`,
  );
  return rows;
}

/** Words an analyst would type for stems ("cooperation" for "cooper"), from the generator's vocabulary. */
async function surfaceWords(client: pg.Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ word: string; lexeme: string }>(
    `SELECT w AS word, trim(both '''' from websearch_to_tsquery('parley', w)::text) AS lexeme FROM unnest($1::text[]) w`,
    [[...NOUNS, ...ADJECTIVES].filter((word) => /^[a-z]+$/.test(word))],
  );
  const words = new Map<string, string>();
  for (const row of rows) if (!words.has(row.lexeme)) words.set(row.lexeme, row.word);
  return words;
}

/** `count` items spread evenly over `list` (the first, the last and between), in list order. */
function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * (list.length - 1)) / Math.max(1, count - 1))]!);
}

/** One letter of the name's longest word left out ("Gafrov" for "Gafarov"): a small misspelling. */
export function misspell(name: string): string {
  const words = name.split(" ");
  const longest = words.reduce((best, word, i) => (word.length > words[best]!.length ? i : best), 0);
  const word = words[longest]!;
  const at = Math.max(1, Math.floor(word.length / 2));
  words[longest] = word.slice(0, at) + word.slice(at + 1);
  return words.join(" ");
}

async function group(client: pg.Client, queries: string[], counted = 3): Promise<QueryGroup> {
  const sampleMatches: number[] = [];
  for (const query of queries.slice(0, counted)) sampleMatches.push(await meetingsMatching(client, query));
  return { queries, sampleMatches };
}

/** Parameters for the scenarios, chosen from the loaded data so they hold for any size or seed. */
export async function chooseScenarioInputs(url: string): Promise<ScenarioInputs> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const byCountry = `SELECT "countryCode" AS code, count(*)::int AS meetings FROM "MeetingCountry" GROUP BY 1`;
    const { rows: countries } = await client.query<{ code: string; meetings: number }>(`${byCountry} ORDER BY 2 DESC, 1 LIMIT 3`);
    if (countries.length < 3) throw new Error("The bench database has fewer than three countries with meetings.");
    // Rare but not absent: fewer matches than a page holds means scanning everything to fill it.
    const rareCountry = await one<{ code: string; meetings: number }>(client, `${byCountry} ORDER BY 2, 1 LIMIT 1`);
    const kind = await one<{ kind: string }>(client, `SELECT "kind"::text AS kind FROM "Meeting" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 OFFSET 2`);
    const year = await one<{ year: number }>(
      client,
      `SELECT extract(year FROM "date")::int AS year FROM "Meeting" WHERE "date" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );

    // Issue 9's shapes at 1,000,000 meetings, scaled to this load: a person with 2,000 meetings
    // (0.2 %), a pair with 5,000 (0.5 %); the generator's most-met person has far more (17 % at
    // 100,000), so each entity is the one whose meeting count is nearest its share.
    const total = (await one<{ total: number }>(client, `SELECT count(*)::int AS total FROM "Meeting"`)).total;
    const nearest = (table: string, column: string, entity: string, share: number) =>
      one<{ id: string; name: string; meetings: number }>(
        client,
        `SELECT e."id"::text AS id, e."name", x.meetings FROM (
           SELECT "${column}" AS id, count(DISTINCT "meetingId")::int AS meetings FROM "${table}" WHERE "${column}" IS NOT NULL
           GROUP BY 1 ORDER BY abs(count(DISTINCT "meetingId") - $1), 1 LIMIT 1) x JOIN "${entity}" e ON e."id" = x.id`,
        [Math.round(total * share)],
      );
    const person = await nearest("Participation", "personId", "Person", 0.002);
    const mostMetPerson = await nearest("Participation", "personId", "Person", 1);
    const organization = await nearest("Participation", "organizationId", "Organization", 0.005);
    const topic = await nearest("MeetingTopic", "topicId", "Topic", 0.01);
    const tag = await nearest("MeetingTag", "tagId", "Tag", 0.01);
    const pair = await one<{ a: string; b: string; meetings: number }>(
      client,
      `SELECT x."countryCode" AS a, y."countryCode" AS b, count(*)::int AS meetings
       FROM "MeetingCountry" x JOIN "MeetingCountry" y ON y."meetingId" = x."meetingId" AND y."countryCode" > x."countryCode"
       GROUP BY 1, 2 ORDER BY abs(count(*) - $1), 1, 2 LIMIT 1`,
      [Math.round(total * 0.005)],
    );
    const { rows: deep } = await client.query<{ date: string | null; id: string }>(
      `SELECT to_char(m."date", 'YYYY-MM-DD') AS date, m."id"::text AS id FROM "Meeting" m WHERE m."deletedAt" IS NULL
       ORDER BY m."date" DESC NULLS LAST, m."id" DESC OFFSET $1 LIMIT 1`,
      [(DEEP_PAGE - 1) * PAGE_SIZE - 1],
    );

    // The newest EXPORT_ROWS meetings, as an analyst's date filter selects them (`from` is a whole
    // day, so the view holds those rows and the rest of that day's).
    const { rows: exportStart } = await client.query<{ from: string }>(
      `SELECT to_char(m."date", 'YYYY-MM-DD') AS from FROM "Meeting" m WHERE m."deletedAt" IS NULL AND m."date" IS NOT NULL
       ORDER BY m."date" DESC OFFSET $1 LIMIT 1`,
      [EXPORT_ROWS - 1],
    );
    const exportParams: Record<string, string> = exportStart[0] ? { from: exportStart[0].from } : {};
    const exportMeetings = await one<{ meetings: number }>(
      client,
      `SELECT count(*)::int AS meetings FROM "Meeting" m WHERE m."deletedAt" IS NULL AND ($1::date IS NULL OR m."date" >= $1::date)`,
      [exportParams.from ?? null],
    );

    const lexemes = await sampledLexemes(client);
    const words = await surfaceWords(client);
    const typed = (rows: { word: string }[]) => rows.map((row) => words.get(row.word) ?? row.word);
    const common = typed(lexemes.slice(0, QUERIES_PER_GROUP));
    // Mid-frequency: in about one source in 20 to one in 100.
    const mid = typed(spread(lexemes.filter((row) => row.share <= 0.05 && row.share >= 0.01), QUERIES_PER_GROUP));
    // Rare: about one meeting in a thousand, a name or word only a handful of records mention.
    const rare = typed(spread(lexemes.filter((row) => row.share <= 0.002 && row.share >= 0.0005), QUERIES_PER_GROUP));
    if (common.length === 0 || rare.length === 0 || mid.length === 0) throw new Error("The bench database has no source text to search.");

    // People met often and seldom alike, in a fixed pseudo-random order.
    const { rows: people } = await client.query<{ name: string }>(
      `SELECT p."name" FROM "Person" p WHERE p."name" ~ '^[A-Za-z]+( [A-Za-z]+)+$'
         AND EXISTS (SELECT 1 FROM "Participation" x WHERE x."personId" = p."id")
       ORDER BY md5(p."id"::text) LIMIT $1`,
      [QUERIES_PER_GROUP],
    );
    const names = people.map((row) => row.name);
    // Two adjacent words of a source's text, quoted: a phrase an analyst remembers from an article.
    const { rows: texts } = await client.query<{ text: string }>(
      `SELECT left("text", 1000) AS text FROM "Source" ORDER BY md5("id"::text) LIMIT 200`,
    );
    const phrases = [
      ...new Set(
        texts.flatMap(({ text }) => {
          // Two words with nothing but a space between them (no punctuation), as a phrase is typed.
          const words = text.split(/\s+/);
          const at = words.findIndex((word, i) => /^[A-Za-z]{4,}$/.test(word) && /^[A-Za-z]{4,}$/.test(words[i + 1] ?? ""));
          return at >= 0 ? [`"${words[at]} ${words[at + 1]}"`] : [];
        }),
      ),
    ].slice(0, QUERIES_PER_GROUP);

    // 20 participants and 3 sources is the generator's maximum; a small load may not reach it.
    const heavy = await one<{ id: string; participants: number; sources: number }>(
      client,
      `SELECT p."meetingId"::text AS id, p.participants, s.sources
       FROM (SELECT "meetingId", count(*)::int AS participants FROM "Participation" GROUP BY 1) p
       JOIN (SELECT "meetingId", count(*)::int AS sources FROM "Source" GROUP BY 1) s USING ("meetingId")
       ORDER BY p.participants DESC, s.sources DESC, 1 LIMIT 1`,
    );

    const search = {
      rare: await group(client, rare),
      mid: await group(client, mid),
      common: await group(client, common),
      names: await group(client, names),
      partialNames: await group(client, names.map((name) => name.split(" ").at(-1)!)),
      misspelledNames: await group(client, names.map(misspell)),
      phrases: await group(client, phrases),
    };
    return {
      commonCountry: countries[0]!,
      secondCountry: countries[1]!,
      thirdCountry: countries[2]!,
      rareCountry,
      kind: kind.kind,
      from: "2015-01-01",
      to: "2017-12-31",
      year: year.year,
      person,
      mostMetPerson,
      organization,
      topic,
      tag,
      pair,
      deepCursor: deep[0] ? { page: DEEP_PAGE, ...deep[0] } : null,
      search,
      rareTerm: { term: rare[0]!, meetings: search.rare.sampleMatches[0] ?? 0 },
      commonTerm: { term: common[0]!, meetings: search.common.sampleMatches[0] ?? 0 },
      phrase: { text: phrases[0] ?? '"bilateral cooperation"', meetings: search.phrases.sampleMatches[0] ?? 0 },
      heavyMeeting: heavy,
      exportView: { params: exportParams, meetings: exportMeetings.meetings },
    };
  } finally {
    await client.end();
  }
}

export function meetingsPath(params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `/meetings?${query}` : "/meetings";
}

/** The `after` cursor of a deep page, as the table's Next link writes it (filter-schema.ts). */
export function deepPageCursor(cursor: NonNullable<ScenarioInputs["deepCursor"]>): string {
  return `${cursor.page}.${cursor.date ?? "none"}.${cursor.id}`;
}

/** Page 1,000 of the default 25 rows, or the last page of a smaller load. */
export function deepPageFor(total: number): number {
  return Math.max(1, Math.min(DEEP_PAGE, Math.floor(total / PAGE_SIZE)));
}

export function buildScenarios(inputs: ScenarioInputs, total: number): Scenario[] {
  const deepPage = deepPageFor(total);
  const share = (count: number) => `${count.toLocaleString("en")} meetings (${((100 * count) / total).toFixed(2)} %)`;
  const list = (key: string, label: string, params: Record<string, string>, note: string): Scenario => {
    const path = meetingsPath(params);
    return { key, label, path, paths: [path], note, expects: "rows", target: "list" };
  };
  const searches = (key: string, label: string, queries: QueryGroup, target: TargetKey = "search", filters: Record<string, string> = {}): Scenario => {
    const paths = queries.queries.map((q) => meetingsPath({ q, ...filters }));
    const matches = queries.sampleMatches.map((count) => count.toLocaleString("en")).join(", ");
    return {
      key,
      label: `${label} (${queries.queries.length} queries)`,
      path: paths[0]!,
      paths,
      note: `e.g. ${queries.queries.slice(0, 3).join(", ")}: ${matches} meetings${Object.keys(filters).length > 0 ? " before the filter" : ""}`,
      expects: "search",
      target,
    };
  };
  const entity = (key: string, label: string, path: string, note: string): Scenario => ({
    key,
    label,
    path,
    paths: [path],
    note,
    expects: key === "permalink" ? "meeting" : "entity",
    target: "entity",
  });
  const { commonCountry: c1, secondCountry: c2, thirdCountry: c3 } = inputs;
  const scenarios: Scenario[] = [
    list("list", "List, page 1", {}, "newest first"),
    list("deep-page", `List, page ${deepPage} (offset)`, { page: String(deepPage) }, `offset ${((deepPage - 1) * PAGE_SIZE).toLocaleString("en")}`),
  ];
  if (inputs.deepCursor && deepPage === DEEP_PAGE) {
    scenarios.push(
      list("deep-page-keyset", `List, page ${DEEP_PAGE} (keyset: Next link)`, { page: String(DEEP_PAGE), after: deepPageCursor(inputs.deepCursor) }, "after=<date>.<id>"),
    );
  }
  scenarios.push(
    list("sort-title", "Sort by title", { sort: "title", dir: "asc" }, "A to Z"),
    list("sort-updated", "Sort by last change", { sort: "updated", dir: "desc" }, "newest change first"),
    list("country-common", `Country ${c1.code} (common)`, { country: c1.code }, share(c1.meetings)),
    list("country-rare", `Country ${inputs.rareCountry.code} (rare)`, { country: inputs.rareCountry.code }, share(inputs.rareCountry.meetings)),
    list("country-several", `Countries ${c1.code} or ${c2.code} or ${c3.code}`, { country: `${c1.code},${c2.code},${c3.code}` }, "three values in one facet (OR)"),
    list("country-exclude", `Not ${c1.code}`, { country: `-${c1.code}` }, `exclusion of ${share(c1.meetings)}`),
    list("kind-dates", `Kind ${inputs.kind}, ${inputs.from.slice(0, 4)}–${inputs.to.slice(0, 4)}`, { kind: inputs.kind, from: inputs.from, to: inputs.to }, "kind + date range"),
    list("person", `Person ${inputs.person.name}`, { person: inputs.person.id }, share(inputs.person.meetings)),
    list("organization", `Organisation ${inputs.organization.name}`, { organization: inputs.organization.id }, share(inputs.organization.meetings)),
    list("topic", `Topic ${inputs.topic.name}`, { topic: inputs.topic.id }, share(inputs.topic.meetings)),
    list("tag", `Tag ${inputs.tag.name}`, { tag: inputs.tag.id }, share(inputs.tag.meetings)),
    list("pair", `Pair ${inputs.pair.a} × ${inputs.pair.b}`, { pair: `${inputs.pair.a},${inputs.pair.b}` }, share(inputs.pair.meetings)),
    list(
      "combination",
      `Country ${c1.code}, not ${c2.code}, year ${inputs.year}, topic`,
      { country: `${c1.code},-${c2.code}`, year: String(inputs.year), topic: inputs.topic.id },
      "four filters over three facets",
    ),
    searches("search-filtered", `Search mid-frequency words in ${c1.code}`, inputs.search.mid, "search", { country: c1.code }),
    searches("search-rare", "Search rare words", inputs.search.rare),
    searches("search-mid", "Search mid-frequency words", inputs.search.mid),
    searches("search-person", "Search full names", inputs.search.names),
    searches("search-partial", "Search partial names (surname)", inputs.search.partialNames),
    searches("search-misspelled", "Search misspelled names", inputs.search.misspelledNames),
    searches("search-common", "Search common words", inputs.search.common, "search-common"),
    searches("search-phrase", "Search phrases", inputs.search.phrases, "search-common"),
    entity(
      "permalink",
      `Permalink, ${inputs.heavyMeeting.participants} participants, ${inputs.heavyMeeting.sources} sources`,
      `/meetings/${inputs.heavyMeeting.id}`,
      "heaviest generated meeting",
    ),
    entity("person-page", `Person page: ${inputs.person.name}`, `/people/${inputs.person.id}`, `a person with 0.2 % of meetings: ${share(inputs.person.meetings)}`),
    entity(
      "person-page-most-met",
      `Person page: ${inputs.mostMetPerson.name}`,
      `/people/${inputs.mostMetPerson.id}`,
      `the most-met person: ${share(inputs.mostMetPerson.meetings)}`,
    ),
    entity("organization-page", `Organisation page: ${inputs.organization.name}`, `/organizations/${inputs.organization.id}`, share(inputs.organization.meetings)),
    entity("country-page", `Country page: ${c1.code}`, `/countries/${c1.code}`, `country with most meetings, ${share(c1.meetings)}`),
    entity("pair-page", `Pair page: ${inputs.pair.a} × ${inputs.pair.b}`, `/countries/${inputs.pair.a}/${inputs.pair.b}`, `a pair with 0.5 % of meetings: ${share(inputs.pair.meetings)}`),
    entity("topic-page", `Topic page: ${inputs.topic.name}`, `/topics/${inputs.topic.id}`, share(inputs.topic.meetings)),
    entity("tag-page", `Tag page: ${inputs.tag.name}`, `/tags/${inputs.tag.id}`, share(inputs.tag.meetings)),
  );
  return scenarios;
}
