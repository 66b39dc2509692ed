import type { Prisma } from "@/lib/generated/prisma/client";
import { recordMeetingRevision } from "@/lib/meetings/revisions";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { DEMO_ORGANIZATIONS, DEMO_PEOPLE } from "@/prisma/seed/demo-meetings/entities";
import { locateSpan, readDemoArticle } from "@/prisma/seed/demo-meetings";
import type { DemoMeeting, Span } from "@/prisma/seed/demo-meetings/types";

type Tx = Prisma.TransactionClient;
type Ids = Record<string, string>;

/** Creates the demo organisations (parents first) and people; returns their ids by key. */
export async function createDemoEntities(tx: Tx): Promise<{ organizations: Ids; people: Ids }> {
  const organizations: Ids = {};
  for (const [key, organization] of Object.entries(DEMO_ORGANIZATIONS)) {
    const parentId = organization.parent ? organizations[organization.parent] : undefined;
    if (organization.parent && !parentId) throw new Error(`Demo organisation ${key} is listed before its parent`);
    const created = await tx.organization.create({
      data: {
        name: organization.name,
        acronym: organization.acronym ?? null,
        countryCode: organization.countryCode ?? null,
        parentId: parentId ?? null,
      },
      select: { id: true },
    });
    organizations[key] = created.id;
  }
  const people: Ids = {};
  for (const [key, person] of Object.entries(DEMO_PEOPLE)) {
    const created = await tx.person.create({
      data: { name: person.name, countryCode: person.countryCode },
      select: { id: true },
    });
    people[key] = created.id;
  }
  return { organizations, people };
}

function idOf(ids: Ids, key: string, what: string): string {
  const id = ids[key];
  if (!id) throw new Error(`Unknown demo ${what}: ${key}`);
  return id;
}

/** Writes one demo meeting with its source, participants, topics, tags, evidence and first revision. */
export async function createDemoMeeting(
  tx: Tx,
  demo: DemoMeeting,
  entities: { organizations: Ids; people: Ids; topics: Ids },
): Promise<string> {
  const text = readDemoArticle(demo.file);
  const { organizations, people, topics } = entities;

  const meeting = await tx.meeting.create({
    data: {
      title: demo.title,
      kind: demo.kind,
      status: "PUBLISHED",
      date: new Date(`${demo.date}T00:00:00Z`),
      datePrecision: demo.datePrecision,
      place: demo.place,
      locationCountryCode: demo.locationCountryCode,
      summary: demo.summary,
      outcome: demo.outcome,
      countries: { create: demo.countries.map(({ code, side }) => ({ countryCode: code, side })) },
      topics: { create: demo.topics.map(({ slug }) => ({ topicId: idOf(topics, slug, "topic") })) },
    },
    select: { id: true },
  });
  const meetingId = meeting.id;

  const source = await tx.source.create({
    data: {
      meetingId,
      outlet: demo.source.outlet,
      url: demo.source.url,
      title: demo.source.title,
      publishedOn: new Date(`${demo.source.publishedOn}T00:00:00Z`),
      language: "en",
      text,
    },
    select: { id: true },
  });
  const sourceId = source.id;
  const evidence: Prisma.EvidenceCreateManyInput[] = [];
  const cite = (span: Span, links: Omit<Prisma.EvidenceCreateManyInput, "meetingId" | "sourceId" | "startOffset" | "endOffset" | "quote">) =>
    evidence.push({ meetingId, sourceId, ...locateSpan(text, span), ...links });

  for (const [position, participant] of demo.participants.entries()) {
    const personId = idOf(people, participant.person, "person");
    const participation = await tx.participation.create({
      data: {
        meetingId,
        personId,
        organizationId: participant.organization ? idOf(organizations, participant.organization, "organisation") : null,
        countryCode: participant.countryCode,
        title: participant.title,
        side: participant.side,
        isDelegationLead: participant.isDelegationLead ?? false,
        position,
      },
      select: { id: true },
    });
    cite(participant.evidence, { participationId: participation.id, personId });
  }

  for (const { person, alias, evidence: span } of demo.personAliases ?? []) {
    const personId = idOf(people, person, "person");
    await tx.personAlias.create({ data: { personId, alias, sourceId, note: `As written by ${demo.source.outlet}` } });
    cite(span, { personId, field: "alias" });
  }
  for (const { organization, alias, evidence: span } of demo.organizationAliases ?? []) {
    const organizationId = idOf(organizations, organization, "organisation");
    await tx.organizationAlias.create({
      data: { organizationId, alias, sourceId, note: `As written by ${demo.source.outlet}` },
    });
    cite(span, { organizationId, field: "alias" });
  }
  for (const { organization, evidence: span } of demo.mentionedOrganizations ?? []) {
    cite(span, { organizationId: idOf(organizations, organization, "organisation") });
  }
  for (const { code, evidence: span } of demo.countries) if (span) cite(span, { countryCode: code, field: "countries" });
  for (const { slug, evidence: span } of demo.topics) if (span) cite(span, { topicId: idOf(topics, slug, "topic") });
  for (const { field, span } of demo.evidence) cite(span, { field });
  await tx.evidence.createMany({ data: evidence });

  for (const name of demo.tags) {
    const tag = await tx.tag.upsert({
      where: { slug: tagSlug(name) },
      create: { slug: tagSlug(name), name },
      update: {},
      select: { id: true },
    });
    await tx.meetingTag.create({ data: { meetingId, tagId: tag.id } });
  }

  await recordMeetingRevision(tx, { meetingId, action: "CREATE", actorId: null });
  return meetingId;
}
