import { afterAll, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";

// Every model and every field written and read back through the Prisma client: a column whose
// type, name or constraint disagrees with schema.prisma fails here.
const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => db.$disconnect());

const at = new Date("2024-04-02T10:11:12.345Z");
const day = new Date("2024-04-02T00:00:00.000Z");

it("writes and reads back every model and field", async () => {
  const user = await db.user.create({
    data: {
      id: "user-round-trip", name: "Round Trip", email: "round.trip@example.org", emailVerified: true,
      image: "https://example.org/a.png", role: "analyst", banned: true, banReason: "test",
      banExpires: at, twoFactorEnabled: true, mustChangePassword: true, createdAt: at, updatedAt: at,
    },
  });
  await db.session.create({
    data: { id: "s1", expiresAt: at, token: "token-1", createdAt: at, updatedAt: at, ipAddress: "127.0.0.1",
      userAgent: "test", userId: user.id, impersonatedBy: null },
  });
  await db.account.create({
    data: { id: "a1", accountId: user.id, providerId: "credential", userId: user.id, accessToken: "x",
      refreshToken: "y", idToken: "z", accessTokenExpiresAt: at, refreshTokenExpiresAt: at, scope: "s",
      password: "hash", createdAt: at, updatedAt: at },
  });
  await db.verification.create({
    data: { id: "v1", identifier: "id", value: "v", expiresAt: at, createdAt: at, updatedAt: at },
  });
  await db.twoFactor.create({ data: { id: "t1", secret: "secret", backupCodes: "codes", userId: user.id } });

  const country = await db.country.create({
    data: { code: "XA", alpha3: "XAA", name: "Testland", officialName: "Republic of Testland",
      demonyms: ["Testlander", "Testish"], variants: ["Test Land"] },
  });
  const parent = await db.organization.create({ data: { name: "Parent Org", countryCode: country.code } });
  const organization = await db.organization.create({
    data: { name: "Ministry of Tests", acronym: "MOT", countryCode: country.code, parentId: parent.id,
      createdAt: at, updatedAt: at, deletedAt: at },
  });
  const person = await db.person.create({
    data: { name: "Ana Test", countryCode: country.code, notes: "n", createdAt: at, updatedAt: at, deletedAt: at },
  });
  const parentTopic = await db.topic.create({ data: { slug: "parent-topic", name: "Parent topic" } });
  const topic = await db.topic.create({
    data: { slug: "round-trip", name: "Round trip", description: "d", parentId: parentTopic.id, createdAt: at },
  });
  const tag = await db.tag.create({ data: { slug: "rt", name: "RT", createdAt: at, createdById: user.id } });

  const meeting = await db.meeting.create({
    data: {
      title: "Round trip", kind: "SIDELINES", status: "PUBLISHED", date: day, datePrecision: "MONTH",
      place: "Baku", locationCountryCode: country.code, summary: "s", outcome: "o", version: 3,
      createdAt: at, updatedAt: at, deletedAt: at, createdById: user.id, updatedById: user.id, deletedById: user.id,
      countries: { create: { countryCode: country.code, side: "THIRD_PARTY" } },
      topics: { create: { topicId: topic.id } },
      tags: { create: { tagId: tag.id, createdAt: at, createdById: user.id } },
    },
  });
  const participation = await db.participation.create({
    data: { meetingId: meeting.id, personId: person.id, organizationId: organization.id, countryCode: country.code,
      title: "Minister", side: "GUEST", isDelegationLead: true, position: 2 },
  });
  const source = await db.source.create({
    data: { meetingId: meeting.id, outlet: "Trend", url: "https://example.org/x", title: "T", publishedOn: day,
      language: "az", text: "Ana Test met in Baku.", createdAt: at, createdById: user.id },
  });
  await db.personAlias.create({
    data: { personId: person.id, alias: "Anna Test", sourceId: source.id, note: "spelling", createdAt: at },
  });
  await db.organizationAlias.create({
    data: { organizationId: organization.id, alias: "MoT", sourceId: source.id, note: "short", createdAt: at },
  });
  await db.evidence.create({
    data: { meetingId: meeting.id, sourceId: source.id, startOffset: 0, endOffset: 8, quote: "Ana Test",
      field: "participant", participationId: participation.id, personId: person.id, organizationId: organization.id,
      topicId: topic.id, countryCode: country.code, createdAt: at, createdById: user.id },
  });
  await db.revision.create({
    data: { entityType: "Meeting", entityId: meeting.id, version: 3, action: "UPDATE", actorId: user.id,
      createdAt: at, before: { title: "Old" }, after: { title: "Round trip" } },
  });

  const readBack = await db.meeting.findUniqueOrThrow({
    where: { id: meeting.id },
    include: {
      countries: true, topics: { include: { topic: true } }, tags: true,
      participations: { include: { person: { include: { aliases: true } }, organization: { include: { aliases: true, parent: true } } } },
      sources: { include: { evidence: true } },
    },
  });
  expect(readBack).toMatchObject({
    title: "Round trip", kind: "SIDELINES", status: "PUBLISHED", date: day, datePrecision: "MONTH", place: "Baku",
    locationCountryCode: "XA", summary: "s", outcome: "o", version: 3, createdAt: at, deletedAt: at,
    createdById: user.id, updatedById: user.id, deletedById: user.id,
    countries: [{ countryCode: "XA", side: "THIRD_PARTY" }],
    topics: [{ topic: { slug: "round-trip", description: "d", parentId: parentTopic.id, createdAt: at } }],
    tags: [{ tagId: tag.id, createdAt: at, createdById: user.id }],
    participations: [{
      title: "Minister", side: "GUEST", isDelegationLead: true, position: 2, countryCode: "XA",
      person: { name: "Ana Test", notes: "n", deletedAt: at, aliases: [{ alias: "Anna Test", sourceId: source.id, note: "spelling" }] },
      organization: { acronym: "MOT", parent: { name: "Parent Org" }, aliases: [{ alias: "MoT", note: "short" }] },
    }],
    sources: [{
      outlet: "Trend", url: "https://example.org/x", title: "T", publishedOn: day, language: "az",
      evidence: [{ startOffset: 0, endOffset: 8, quote: "Ana Test", field: "participant", topicId: topic.id, countryCode: "XA" }],
    }],
  });
  expect(await db.country.findUniqueOrThrow({ where: { code: "XA" } })).toEqual(country);
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
  expect(await db.session.findUniqueOrThrow({ where: { token: "token-1" } })).toMatchObject({ ipAddress: "127.0.0.1", expiresAt: at });
  expect(await db.account.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ password: "hash", scope: "s" });
  expect(await db.verification.findUniqueOrThrow({ where: { id: "v1" } })).toMatchObject({ value: "v", expiresAt: at });
  expect(await db.twoFactor.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ backupCodes: "codes" });
  const revision = await db.revision.findFirstOrThrow({ where: { entityId: meeting.id } });
  expect(revision).toMatchObject({ action: "UPDATE", version: 3, before: { title: "Old" }, after: { title: "Round trip" } });
  expect(typeof revision.id).toBe("bigint");
});

it("fills the source search vector from its text, without accents", async () => {
  const meeting = await db.meeting.create({ data: { title: "Vector check" } });
  const source = await db.source.create({ data: { meetingId: meeting.id, outlet: "Test", text: "Talks in Türkiye" } });
  const [row] = await db.$queryRaw<{ found: boolean }[]>`
    SELECT "searchVector" @@ websearch_to_tsquery('parley', 'turkiye') AS found FROM "Source" WHERE id = ${source.id}::uuid`;
  expect(row?.found).toBe(true);
});

it("refuses evidence spans that end before they start", async () => {
  const meeting = await db.meeting.create({ data: { title: "Span check" } });
  const source = await db.source.create({ data: { meetingId: meeting.id, outlet: "Test", text: "abc" } });
  await expect(
    db.evidence.create({ data: { meetingId: meeting.id, sourceId: source.id, startOffset: 2, endOffset: 1, quote: "" } }),
  ).rejects.toThrow();
});
