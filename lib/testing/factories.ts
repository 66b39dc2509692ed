import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, MeetingKind, MeetingStatus, Side } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/database/client";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { deleteMeetingInUnit } from "@/lib/meetings/internal/write/lifecycle";
import { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { unsafeWriteMeeting } from "@/lib/meetings/write/write-meeting";

/**
 * Factories for integration tests and end-to-end fixtures: each call makes valid records with
 * names no other call (in this or a parallel test process) will produce, so tests never depend
 * on each other's rows. They need the reference data (countries, topics) to be loaded.
 * Works with a client or inside a transaction.
 */
type Db = Prisma.TransactionClient;

const runId = randomBytes(3).toString("hex");
let counter = 0;

/** A short marker unique to this call, e.g. "a1b2c3-7". */
export function uniqueSuffix(): string {
  counter += 1;
  return `${runId}-${counter}`;
}

export async function createTestUser(
  db: Db,
  overrides: { role?: "admin" | "analyst" | "viewer"; name?: string; email?: string } = {},
) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      id: `test-user-${suffix}`,
      name: overrides.name ?? `Test Analyst ${suffix}`,
      email: overrides.email ?? `analyst-${suffix}@example.org`,
      emailVerified: true,
      role: overrides.role ?? "analyst",
    },
    select: { id: true, name: true, email: true, role: true },
  });
}

export async function createTestPerson(
  db: Db,
  overrides: { name?: string; countryCode?: string | null; aliases?: string[] } = {},
) {
  return db.person.create({
    data: {
      name: overrides.name ?? `Aliya Testova ${uniqueSuffix()}`,
      countryCode: overrides.countryCode === undefined ? "KZ" : overrides.countryCode,
      aliases: overrides.aliases ? { create: overrides.aliases.map((alias) => ({ alias })) } : undefined,
    },
    select: { id: true, name: true, countryCode: true },
  });
}

export async function createTestOrganization(
  db: Db,
  overrides: { name?: string; acronym?: string | null; countryCode?: string | null; parentId?: string | null } = {},
) {
  return db.organization.create({
    data: {
      name: overrides.name ?? `Ministry of Test Affairs ${uniqueSuffix()}`,
      acronym: overrides.acronym ?? null,
      countryCode: overrides.countryCode === undefined ? "KZ" : overrides.countryCode,
      parentId: overrides.parentId ?? null,
    },
    select: { id: true, name: true, acronym: true, countryCode: true },
  });
}

export async function createTestTopic(db: Db, overrides: { name?: string; parentId?: string | null } = {}) {
  const name = overrides.name ?? `Test topic ${uniqueSuffix()}`;
  return db.topic.create({
    data: { name, slug: tagSlug(name), parentId: overrides.parentId ?? null },
    select: { id: true, slug: true, name: true },
  });
}

export async function createTestTag(db: Db, overrides: { name?: string; createdById?: string | null } = {}) {
  const name = overrides.name ?? `test tag ${uniqueSuffix()}`;
  return db.tag.create({
    data: { name, slug: tagSlug(name), createdById: overrides.createdById ?? null },
    select: { id: true, slug: true, name: true },
  });
}

export interface TestParticipant {
  /** An existing person; otherwise one is made. */
  personId?: string;
  name?: string;
  countryCode?: string;
  organizationId?: string | null;
  title?: string;
  side?: Side | null;
  isDelegationLead?: boolean;
}

export interface TestMeetingOverrides {
  title?: string;
  kind?: MeetingKind;
  status?: MeetingStatus;
  date?: Date | null;
  datePrecision?: DatePrecision;
  place?: string | null;
  locationCountryCode?: string | null;
  summary?: string;
  outcome?: string;
  createdById?: string | null;
  deletedAt?: Date | null;
  countries?: { code: string; side?: Side | null }[];
  /** Defaults to a host and a guest lead from the first two countries. */
  participants?: TestParticipant[];
  /** Topic slugs from the vocabulary. */
  topics?: string[];
  /** Tag names; missing tags are created. */
  tags?: string[];
  sources?: { outlet?: string; url?: string | null; publishedOn?: Date | null; language?: string; text?: string }[];
}

/**
 * A meeting with countries, participants (host and guest leads by default), topics, tags and a
 * source whose text names the participants, written through the one write path, so it has its
 * first revision and search vector like any other. Returns the ids tests usually need next.
 */
export interface TestMeeting {
  id: string;
  title: string;
  version: number;
  participationIds: string[];
  personIds: string[];
  sourceIds: string[];
}

// A fresh client opens its first connection inside maxWait; on a loaded two-core machine that took
// over the 2 s default (an end-to-end spec failed to start its transaction).
export async function createTestMeeting(db: Db | Database, overrides: TestMeetingOverrides = {}): Promise<TestMeeting> {
  if ("$transaction" in db) return db.$transaction((tx) => writeTestMeeting(tx, overrides), { maxWait: 10_000, timeout: 30_000 });
  return writeTestMeeting(db, overrides);
}

async function writeTestMeeting(db: Db, overrides: TestMeetingOverrides): Promise<TestMeeting> {
  const suffix = uniqueSuffix();
  const countries = overrides.countries ?? [
    { code: "AZ", side: "HOST" as const },
    { code: "CN", side: "GUEST" as const },
  ];
  const participantSpecs: TestParticipant[] = overrides.participants ?? [
    { countryCode: countries[0]?.code, side: countries[0]?.side ?? "HOST", isDelegationLead: true, title: "Minister of Foreign Affairs" },
    { countryCode: countries[1]?.code, side: countries[1]?.side ?? "GUEST", isDelegationLead: true, title: "Deputy Foreign Minister" },
  ];
  const people: { id: string; name: string }[] = [];
  for (const spec of participantSpecs) {
    if (spec.personId) {
      const person = await db.person.findUniqueOrThrow({ where: { id: spec.personId }, select: { id: true, name: true } });
      people.push(person);
    } else {
      people.push(await createTestPerson(db, { name: spec.name, countryCode: spec.countryCode ?? null }));
    }
  }
  const topicIds = overrides.topics?.length
    ? (await db.topic.findMany({ where: { slug: { in: overrides.topics } }, select: { id: true } })).map((t) => t.id)
    : [];
  if (overrides.topics && topicIds.length !== overrides.topics.length) {
    throw new Error(`Unknown topic slug among ${overrides.topics.join(", ")}`);
  }
  const names = people.map((person) => person.name).join(" and ");
  const title = overrides.title ?? `Test meeting ${suffix}`;
  const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);
  const meetingDate = overrides.date === undefined ? "2024-04-02" : day(overrides.date);
  if (!meetingDate) throw new Error("Meetings written through the write path need a date");

  const actorId = overrides.createdById ?? null;
  const { id } = await unsafeWriteMeeting(db, {
    actorId,
    action: "CREATE",
    record: {
      title,
      kind: overrides.kind ?? "MEETING",
      status: overrides.status ?? "PUBLISHED",
      date: meetingDate,
      datePrecision: overrides.datePrecision ?? "DAY",
      place: overrides.place === undefined ? "Baku" : (overrides.place ?? ""),
      locationCountryCode: overrides.locationCountryCode === undefined ? countries[0]?.code : (overrides.locationCountryCode ?? undefined),
      summary: overrides.summary ?? `${names} met to discuss bilateral cooperation.`,
      outcome: overrides.outcome ?? "",
      countries: countries.map(({ code, side }) => ({ countryCode: code, side: side ?? undefined })),
      participants: participantSpecs.map((spec, position) => ({
        personId: people[position]!.id,
        name: people[position]!.name,
        organizationId: spec.organizationId ?? undefined,
        countryCode: spec.countryCode,
        title: spec.title ?? "",
        side: spec.side ?? undefined,
        isDelegationLead: spec.isDelegationLead ?? false,
      })),
      topicIds,
      tags: overrides.tags ?? [],
      sources: (overrides.sources ?? [{}]).map((source) => ({
        outlet: source.outlet ?? "Test Wire",
        url: source.url ?? undefined,
        publishedOn: day(source.publishedOn),
        language: source.language ?? "en",
        text: source.text ?? `BAKU, April 2. ${names} held a meeting on bilateral cooperation (${suffix}).`,
      })),
    },
  });
  if (overrides.deletedAt) {
    const unit = new MeetingUnitOfWork(db, actorId);
    await deleteMeetingInUnit(unit, id, 1);
    await unit.finish();
  }
  const meeting = await db.meeting.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      version: true,
      participations: { select: { id: true, personId: true }, orderBy: { position: "asc" } },
      sources: { select: { id: true }, orderBy: { id: "asc" } },
    },
  });
  return {
    id: meeting.id,
    title: meeting.title,
    version: meeting.version,
    participationIds: meeting.participations.map((p) => p.id),
    personIds: meeting.participations.map((p) => p.personId),
    sourceIds: meeting.sources.map((s) => s.id),
  };
}
