import pg from "pg";
import { ADJECTIVES, NOUNS } from "@/prisma/seed/synthetic/prose";

/** One thing an analyst does, as the URL the browser asks for. */
export interface Scenario {
  key: string;
  label: string;
  path: string;
  /** What makes it hard, in numbers taken from the data (shown in the report). */
  note: string;
}

export interface ScenarioInputs {
  commonCountry: { code: string; meetings: number };
  rareCountry: { code: string; meetings: number };
  kind: string;
  from: string;
  to: string;
  rareTerm: { term: string; meetings: number };
  commonTerm: { term: string; meetings: number };
  /** `meetings`: the meetings searching for the name finds (participants and mentions). */
  person: { name: string; meetings: number };
  phrase: { text: string; meetings: number };
  /** A meeting with 20 participants and 3 sources: the heaviest permalink the generator makes. */
  heavyMeeting: { id: string; participants: number; sources: number };
}

async function one<T extends pg.QueryResultRow>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query<T>(sql, params);
  if (!rows[0]) throw new Error(`The bench database has no row for: ${sql.replace(/\s+/g, " ").slice(0, 120)}`);
  return rows[0];
}

/** Live meetings a search term reaches, through their own vector or a source's (uncapped). */
async function meetingsMatching(client: pg.Client, term: string): Promise<number> {
  const row = await one<{ count: number }>(
    client,
    `WITH q AS (SELECT websearch_to_tsquery('parley', $1) AS q)
     SELECT count(*)::int AS count FROM (
       SELECT m."id" FROM "Meeting" m, q WHERE m."searchVector" @@ q.q
       UNION SELECT s."meetingId" FROM "Source" s, q WHERE s."searchVector" @@ q.q) hits
     JOIN "Meeting" m ON m."id" = hits."id" AND m."deletedAt" IS NULL`,
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
     WHERE word ~ '^[a-z]{6,}$' AND websearch_to_tsquery('parley', word)::text = quote_literal(word)
     ORDER BY ndoc DESC, word`,
  );
  return rows;
}

/** A word an analyst would type for a stem ("cooperation" for "cooper"), from the generator's vocabulary. */
async function surfaceWord(client: pg.Client, lexeme: string): Promise<string> {
  const { rows } = await client.query<{ word: string }>(
    `SELECT w AS word FROM unnest($1::text[]) w WHERE websearch_to_tsquery('parley', w)::text = quote_literal($2) LIMIT 1`,
    [[...NOUNS, ...ADJECTIVES], lexeme],
  );
  return rows[0]?.word ?? lexeme;
}

// Two of the generator's most frequent words, adjacent: every word is common, the phrase is not.
const PHRASE = '"bilateral cooperation"';

/** Parameters for the scenarios, chosen from the loaded data so they hold for any size or seed. */
export async function chooseScenarioInputs(url: string): Promise<ScenarioInputs> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const byCountry = `SELECT "countryCode" AS code, count(*)::int AS meetings FROM "MeetingCountry" GROUP BY 1`;
    const commonCountry = await one<{ code: string; meetings: number }>(client, `${byCountry} ORDER BY 2 DESC, 1 LIMIT 1`);
    // Rare but not absent: fewer matches than a page holds means scanning everything to fill it.
    const rareCountry = await one<{ code: string; meetings: number }>(client, `${byCountry} ORDER BY 2, 1 LIMIT 1`);
    const kind = await one<{ kind: string }>(client, `SELECT "kind"::text AS kind FROM "Meeting" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 OFFSET 2`);

    const lexemes = await sampledLexemes(client);
    const common = lexemes[0] && { word: await surfaceWord(client, lexemes[0].word) };
    // About one meeting in a thousand: a name or word only a handful of records mention.
    const rare = lexemes.filter((row) => row.share <= 0.002 && row.share >= 0.0005)[0] ?? lexemes[lexemes.length - 1];
    if (!common || !rare) throw new Error("The bench database has no source text to search.");

    const person = await one<{ name: string; meetings: number }>(
      client,
      `SELECT p."name", count(*)::int AS meetings FROM "Participation" pa JOIN "Person" p ON p."id" = pa."personId"
       GROUP BY p."id", p."name" ORDER BY 2 DESC LIMIT 1`,
    );
    // 20 participants and 3 sources is the generator's maximum; a small load may not reach it.
    const heavy = await one<{ id: string; participants: number; sources: number }>(
      client,
      `SELECT p."meetingId"::text AS id, p.participants, s.sources
       FROM (SELECT "meetingId", count(*)::int AS participants FROM "Participation" GROUP BY 1) p
       JOIN (SELECT "meetingId", count(*)::int AS sources FROM "Source" GROUP BY 1) s USING ("meetingId")
       ORDER BY p.participants DESC, s.sources DESC, 1 LIMIT 1`,
    );

    return {
      commonCountry,
      rareCountry,
      kind: kind.kind,
      from: "2015-01-01",
      to: "2017-12-31",
      rareTerm: { term: rare.word, meetings: await meetingsMatching(client, rare.word) },
      commonTerm: { term: common.word, meetings: await meetingsMatching(client, common.word) },
      person: { name: person.name, meetings: await meetingsMatching(client, person.name) },
      phrase: { text: PHRASE, meetings: await meetingsMatching(client, PHRASE) },
      heavyMeeting: heavy,
    };
  } finally {
    await client.end();
  }
}

function meetingsPath(params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `/meetings?${query}` : "/meetings";
}

/** Page 500 of the default 25 rows, or the last page of a smaller load. */
export function deepPageFor(total: number): number {
  return Math.max(1, Math.min(500, Math.floor(total / 25)));
}

export function buildScenarios(inputs: ScenarioInputs, total: number): Scenario[] {
  const deepPage = deepPageFor(total);
  const share = (count: number) => `${count.toLocaleString("en")} meetings (${((100 * count) / total).toFixed(2)} %)`;
  return [
    { key: "list", label: "List, page 1", path: meetingsPath({}), note: "newest first" },
    { key: "deep-page", label: `List, page ${deepPage}`, path: meetingsPath({ page: String(deepPage) }), note: `offset ${((deepPage - 1) * 25).toLocaleString("en")}` },
    { key: "sort-title", label: "Sort by title", path: meetingsPath({ sort: "title", dir: "asc" }), note: "A to Z" },
    {
      key: "country-common",
      label: `Country ${inputs.commonCountry.code} (common)`,
      path: meetingsPath({ country: inputs.commonCountry.code }),
      note: share(inputs.commonCountry.meetings),
    },
    {
      key: "country-rare",
      label: `Country ${inputs.rareCountry.code} (rare)`,
      path: meetingsPath({ country: inputs.rareCountry.code }),
      note: share(inputs.rareCountry.meetings),
    },
    {
      key: "kind-dates",
      label: `Kind ${inputs.kind}, ${inputs.from.slice(0, 4)}–${inputs.to.slice(0, 4)}`,
      path: meetingsPath({ kind: inputs.kind, from: inputs.from, to: inputs.to }),
      note: "kind + date range",
    },
    {
      key: "search-rare",
      label: `Search "${inputs.rareTerm.term}" (rare)`,
      path: meetingsPath({ q: inputs.rareTerm.term }),
      note: share(inputs.rareTerm.meetings),
    },
    {
      key: "search-common",
      label: `Search "${inputs.commonTerm.term}" (common)`,
      path: meetingsPath({ q: inputs.commonTerm.term }),
      note: share(inputs.commonTerm.meetings),
    },
    {
      key: "search-person",
      label: `Search "${inputs.person.name}"`,
      path: meetingsPath({ q: inputs.person.name }),
      note: share(inputs.person.meetings),
    },
    {
      key: "search-phrase",
      label: `Search ${inputs.phrase.text}`,
      path: meetingsPath({ q: inputs.phrase.text }),
      note: share(inputs.phrase.meetings),
    },
    {
      key: "permalink",
      label: `Permalink, ${inputs.heavyMeeting.participants} participants, ${inputs.heavyMeeting.sources} sources`,
      path: `/meetings/${inputs.heavyMeeting.id}`,
      note: "heaviest generated meeting",
    },
  ];
}
