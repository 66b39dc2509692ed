import type pg from "pg";
import { createUuidV7Generator } from "@/prisma/seed/uuid";
import { buildPool, poolCountries, type Pool } from "@/prisma/seed/synthetic/pool";
import { createRandom, deriveSeed } from "@/prisma/seed/synthetic/random";
import type { GeneratorInput } from "@/prisma/seed/synthetic/meetings";

/**
 * Builds the seed's pool and makes sure it is in the database. Every insert skips rows that
 * exist (same seed, same ids; tags and topics by slug), so a second run reuses the pool.
 */
export async function preparePool(client: pg.Client, seed: number): Promise<GeneratorInput> {
  const { rows: countryRows } = await client.query<{ code: string; name: string; demonyms: string[] }>(
    `SELECT "code", "name", "demonyms" FROM "Country" ORDER BY "code"`,
  );
  const pool: Pool = buildPool(seed, poolCountries(countryRows));
  if (pool.countries.length < 2) throw new Error("Load the reference data (countries) before synthetic meetings.");

  const aliasId = createUuidV7Generator({
    startMs: Date.UTC(2020, 0, 1) + (seed % 1_000_000) * 1_000,
    random32: createRandom(deriveSeed(seed, "alias-ids")).uint32,
  });
  const json = (value: unknown) => JSON.stringify(value);

  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "Organization" ("id", "name", "acronym", "countryCode", "parentId")
       SELECT id, name, acronym, "countryCode", "parentId" FROM json_to_recordset($1::json)
         AS o(id uuid, name text, acronym text, "countryCode" text, "parentId" uuid)
       ON CONFLICT ("id") DO NOTHING`,
      [json(pool.organizations)],
    );
    await client.query(
      `INSERT INTO "OrganizationAlias" ("id", "organizationId", "alias", "note")
       SELECT id, "organizationId", alias, 'synthetic' FROM json_to_recordset($1::json)
         AS a(id uuid, "organizationId" uuid, alias text)
       ON CONFLICT DO NOTHING`,
      [json(pool.organizations.flatMap((org) => org.aliases.map((alias) => ({ id: aliasId(), organizationId: org.id, alias }))))],
    );
    await client.query(
      `INSERT INTO "Person" ("id", "name", "countryCode", "notes")
       SELECT id, name, "countryCode", $2 FROM json_to_recordset($1::json) AS p(id uuid, name text, "countryCode" text)
       ON CONFLICT ("id") DO NOTHING`,
      [json(pool.people.map(({ id, name, countryCode }) => ({ id, name, countryCode }))), `Synthetic (seed ${seed})`],
    );
    await client.query(
      `INSERT INTO "PersonAlias" ("id", "personId", "alias", "note")
       SELECT id, "personId", alias, 'synthetic' FROM json_to_recordset($1::json) AS a(id uuid, "personId" uuid, alias text)
       ON CONFLICT DO NOTHING`,
      [json(pool.people.flatMap((person) => person.aliases.map((alias) => ({ id: aliasId(), personId: person.id, alias }))))],
    );
    await client.query(
      `INSERT INTO "Tag" ("id", "slug", "name")
       SELECT id, slug, name FROM json_to_recordset($1::json) AS t(id uuid, slug text, name text)
       ON CONFLICT DO NOTHING`,
      [json(pool.tags.map((tag) => ({ id: aliasId(), ...tag })))],
    );
    await client.query(
      `INSERT INTO "Topic" ("id", "slug", "name", "description")
       SELECT id, slug, name, 'Synthetic benchmark topic' FROM json_to_recordset($1::json) AS t(id uuid, slug text, name text)
       ON CONFLICT DO NOTHING`,
      [json(pool.extraTopics.map((topic) => ({ id: aliasId(), ...topic })))],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }

  const { rows: tagRows } = await client.query<{ id: string; slug: string }>(
    `SELECT "id"::text, "slug" FROM "Tag" WHERE "slug" = ANY($1::text[])`,
    [pool.tags.map((tag) => tag.slug)],
  );
  const tagIdBySlug = new Map(tagRows.map((row) => [row.slug, row.id]));
  // Specific topics only: broad areas ("Energy") are for browsing, not for filing a meeting.
  const { rows: topicRows } = await client.query<{ id: string; name: string }>(
    `SELECT t."id"::text, t."name" FROM "Topic" t
     WHERE t."parentId" IS NOT NULL OR t."slug" = ANY($1::text[]) ORDER BY t."slug"`,
    [pool.extraTopics.map((topic) => topic.slug)],
  );
  return { pool, topics: topicRows, tagIds: pool.tags.map((tag) => tagIdBySlug.get(tag.slug)!) };
}
