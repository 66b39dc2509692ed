import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AliasView, ViewLookups } from "@/lib/meetings/detail/meeting-view";
import { tagSlug } from "@/lib/meetings/tag-slug";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

type Tx = Prisma.TransactionClient;

export interface ViewLookupRows {
  countries: { code: string; name: string }[];
  topics: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
  tags: { id: string; slug: string }[];
  aliases: { personId: string; alias: string; source: AliasView["source"] }[];
}

/**
 * The names a snapshot refers to by id (countries, topics, organisations), tag ids for links and
 * each person's aliases with the source they were seen in: one statement for all, never one per row.
 */
export async function loadViewLookups(tx: Tx, records: SnapshotRecord[]): Promise<ViewLookups> {
  const [found] = await tx.$queryRaw<ViewLookupRows[]>`SELECT ${viewLookupsSql(records)}`;
  return toViewLookups(found!);
}

/**
 * The lookups' five columns ("countries", "topics", "organizations", "tags", "aliases"), for a
 * SELECT of their own or one that reads more with them (the meeting page's, issue 19).
 */
export function viewLookupsSql(records: SnapshotRecord[]): Prisma.Sql {
  const countryCodes = new Set<string>();
  const topicIds = new Set<string>();
  const organizationIds = new Set<string>();
  const personIds = new Set<string>();
  const slugs = new Set<string>();
  for (const record of records) {
    for (const c of record.countries) countryCodes.add(c.countryCode);
    if (record.locationCountryCode) countryCodes.add(record.locationCountryCode);
    for (const p of record.participants) {
      if (p.countryCode) countryCodes.add(p.countryCode);
      if (p.organizationId) organizationIds.add(p.organizationId);
      personIds.add(p.personId);
    }
    for (const id of record.topicIds) topicIds.add(id);
    for (const tag of record.tags) slugs.add(tagSlug(tag));
    for (const span of record.evidence) {
      if (span.target.type === "country") countryCodes.add(span.target.countryCode);
      if (span.target.type === "organization") organizationIds.add(span.target.organizationId);
      if (span.target.type === "topic") topicIds.add(span.target.topicId);
    }
  }

  // One statement for every kind (issue 19: five, each sent even when it had nothing to look up).
  return Prisma.sql`
      (SELECT coalesce(json_agg(json_build_object('code', c."code", 'name', c."name")), '[]'::json)
         FROM "Country" c WHERE c."code" = ANY(CAST(${[...countryCodes]} AS bpchar[]))) AS "countries",
      (SELECT coalesce(json_agg(json_build_object('id', t."id"::text, 'name', t."name")), '[]'::json)
         FROM "Topic" t WHERE t."id" = ANY(CAST(${[...topicIds]} AS uuid[]))) AS "topics",
      (SELECT coalesce(json_agg(json_build_object('id', o."id"::text, 'name', o."name")), '[]'::json)
         FROM "Organization" o WHERE o."id" = ANY(CAST(${[...organizationIds]} AS uuid[]))) AS "organizations",
      (SELECT coalesce(json_agg(json_build_object('id', g."id"::text, 'slug', g."slug")), '[]'::json)
         FROM "Tag" g WHERE g."slug" = ANY(CAST(${[...slugs]} AS text[]))) AS "tags",
      (SELECT coalesce(json_agg(json_build_object('personId', a."personId"::text, 'alias', a."alias", 'source',
                CASE WHEN s."id" IS NULL THEN NULL
                     ELSE json_build_object('meetingId', s."meetingId"::text, 'outlet', s."outlet", 'title', s."title") END)
              ORDER BY a."alias"), '[]'::json)
         FROM "PersonAlias" a LEFT JOIN "Source" s ON s."id" = a."sourceId"
        WHERE a."personId" = ANY(CAST(${[...personIds]} AS uuid[]))) AS "aliases"`;
}

/** The lookups' columns as the view takes them. */
export function toViewLookups({ countries, topics, organizations, tags, aliases }: ViewLookupRows): ViewLookups {
  const aliasMap = new Map<string, AliasView[]>();
  for (const a of aliases) {
    const list = aliasMap.get(a.personId) ?? [];
    list.push({ alias: a.alias, source: a.source });
    aliasMap.set(a.personId, list);
  }
  return {
    countryNames: new Map(countries.map((c) => [c.code, c.name])),
    topicNames: new Map(topics.map((t) => [t.id, t.name])),
    organizationNames: new Map(organizations.map((o) => [o.id, o.name])),
    tagIds: new Map(tags.map((t) => [t.slug, t.id])),
    aliases: aliasMap,
  };
}
