import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceTarget, MeetingRecordInput, RecordEvidence } from "@/lib/meetings/write/record-schema";
import { unsafeWriteMeeting } from "@/lib/meetings/write/write-meeting";
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

/**
 * Writes one demo meeting through the one write path (so it has its first revision like any
 * other), then the spellings of names this source shows, with the source they were seen in.
 */
export async function createDemoMeeting(
  tx: Tx,
  demo: DemoMeeting,
  entities: { organizations: Ids; people: Ids; topics: Ids },
): Promise<string> {
  const text = readDemoArticle(demo.file);
  const { organizations, people, topics } = entities;
  const personIndex = new Map(demo.participants.map((p, i) => [p.person, i]));
  const evidence: RecordEvidence[] = [];
  const cite = (span: Span, target: EvidenceTarget) => {
    const { startOffset, endOffset, quote } = locateSpan(text, span);
    evidence.push({ sourceIndex: 0, start: startOffset, end: endOffset, quote, target });
  };

  demo.participants.forEach((participant, index) => cite(participant.evidence, { type: "participant", index, aspect: "person" }));
  for (const { person, evidence: span } of demo.personAliases ?? []) {
    const index = personIndex.get(person);
    if (index === undefined) throw new Error(`Demo alias of ${person}, who is not a participant of ${demo.file}`);
    cite(span, { type: "participant", index, aspect: "alias" });
  }
  for (const { organization, evidence: span } of demo.organizationAliases ?? []) {
    cite(span, { type: "organization", organizationId: idOf(organizations, organization, "organisation"), aspect: "alias" });
  }
  for (const { organization, evidence: span } of demo.mentionedOrganizations ?? []) {
    cite(span, { type: "organization", organizationId: idOf(organizations, organization, "organisation"), aspect: "name" });
  }
  for (const { code, evidence: span } of demo.countries) if (span) cite(span, { type: "country", countryCode: code });
  for (const { slug, evidence: span } of demo.topics) if (span) cite(span, { type: "topic", topicId: idOf(topics, slug, "topic") });
  for (const { field, span } of demo.evidence) cite(span, { type: "field", field });

  const record: MeetingRecordInput = {
    title: demo.title,
    kind: demo.kind,
    status: "PUBLISHED",
    date: demo.date,
    datePrecision: demo.datePrecision,
    place: demo.place,
    locationCountryCode: demo.locationCountryCode,
    summary: demo.summary,
    outcome: demo.outcome,
    countries: demo.countries.map(({ code, side }) => ({ countryCode: code, side })),
    participants: demo.participants.map((participant) => ({
      personId: idOf(people, participant.person, "person"),
      name: DEMO_PEOPLE[participant.person]!.name,
      organizationId: participant.organization ? idOf(organizations, participant.organization, "organisation") : undefined,
      title: participant.title,
      countryCode: participant.countryCode,
      side: participant.side,
      isDelegationLead: participant.isDelegationLead ?? false,
    })),
    topicIds: demo.topics.map(({ slug }) => idOf(topics, slug, "topic")),
    tags: demo.tags,
    sources: [
      {
        outlet: demo.source.outlet,
        url: demo.source.url ?? undefined,
        title: demo.source.title,
        publishedOn: demo.source.publishedOn,
        language: "en",
        text,
      },
    ],
    evidence,
  };
  const { id: meetingId } = await unsafeWriteMeeting(tx, { actorId: null, record, action: "CREATE" });
  const sourceId = (await tx.source.findFirstOrThrow({ where: { meetingId }, select: { id: true } })).id;

  for (const { person, alias } of demo.personAliases ?? []) {
    await tx.personAlias.create({
      data: { personId: idOf(people, person, "person"), alias, sourceId, note: `As written by ${demo.source.outlet}` },
    });
  }
  for (const { organization, alias } of demo.organizationAliases ?? []) {
    await tx.organizationAlias.create({
      data: { organizationId: idOf(organizations, organization, "organisation"), alias, sourceId, note: `As written by ${demo.source.outlet}` },
    });
  }
  return meetingId;
}
