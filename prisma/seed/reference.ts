import type { Database } from "@/lib/database/client";
import { buildCountryRecords } from "@/lib/countries/vocabulary";
import { buildTopicRecords } from "@/lib/topics/vocabulary";
import { uuidv7 } from "@/prisma/seed/uuid";

/**
 * Reference data every database needs: ISO 3166-1 countries and the topic vocabulary.
 * Idempotent, and a few statements in all (it runs on every integration-test template and on
 * first start). Countries follow the package on every run; topics are only added, never
 * overwritten, because admins curate them after the first start.
 */
export async function seedReferenceData(db: Database): Promise<void> {
  const countries = JSON.stringify(buildCountryRecords());
  const topics = buildTopicRecords().map((topic) => ({ ...topic, id: uuidv7() }));
  const areas = JSON.stringify(topics.filter((topic) => !topic.parent));
  const children = JSON.stringify(topics.filter((topic) => topic.parent));

  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Country" ("code", "alpha3", "name", "officialName", "demonyms", "variants")
      SELECT code, alpha3, name, "officialName", demonyms, variants
      FROM json_to_recordset(${countries}::json)
        AS c(code text, alpha3 text, name text, "officialName" text, demonyms text[], variants text[])
      ON CONFLICT ("code") DO UPDATE SET
        "alpha3" = EXCLUDED."alpha3",
        "name" = EXCLUDED."name",
        "officialName" = EXCLUDED."officialName",
        "demonyms" = EXCLUDED."demonyms",
        "variants" = EXCLUDED."variants"`,
    db.$executeRaw`
      INSERT INTO "Topic" ("id", "slug", "name", "description")
      SELECT id::uuid, slug, name, description
      FROM json_to_recordset(${areas}::json) AS t(id text, slug text, name text, description text)
      ON CONFLICT DO NOTHING`,
    db.$executeRaw`
      INSERT INTO "Topic" ("id", "slug", "name", "description", "parentId")
      SELECT t.id::uuid, t.slug, t.name, t.description, p."id"
      FROM json_to_recordset(${children}::json) AS t(id text, slug text, name text, description text, parent text)
      LEFT JOIN "Topic" p ON p."slug" = t.parent
      ON CONFLICT DO NOTHING`,
  ]);
}
