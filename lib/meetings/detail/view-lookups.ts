import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AliasView, ViewLookups } from "@/lib/meetings/detail/meeting-view";
import { tagSlug } from "@/lib/meetings/tag-slug";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

type Tx = Prisma.TransactionClient;

/**
 * The names a snapshot refers to by id (countries, topics, organisations), tag ids for links and
 * each person's aliases with the source they were seen in: one query per kind, never per row.
 */
export async function loadViewLookups(tx: Tx, records: SnapshotRecord[]): Promise<ViewLookups> {
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

  const [countries, topics, organizations, tags, aliases] = await Promise.all([
    tx.country.findMany({ where: { code: { in: [...countryCodes] } }, select: { code: true, name: true } }),
    tx.topic.findMany({ where: { id: { in: [...topicIds] } }, select: { id: true, name: true } }),
    tx.organization.findMany({ where: { id: { in: [...organizationIds] } }, select: { id: true, name: true } }),
    tx.tag.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } }),
    tx.personAlias.findMany({
      where: { personId: { in: [...personIds] } },
      select: { personId: true, alias: true, source: { select: { meetingId: true, outlet: true, title: true } } },
      orderBy: { alias: "asc" },
    }),
  ]);

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
