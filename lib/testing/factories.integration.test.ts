import { afterAll, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { createTestMeeting, createTestPerson, createTestTag, createTestTopic, createTestUser } from "@/lib/testing/factories";

const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => db.$disconnect());

it("makes distinct, valid records on every call", async () => {
  const [a, b] = [await createTestPerson(db), await createTestPerson(db)];
  expect(a.name).not.toBe(b.name);
  const [t1, t2] = [await createTestTag(db), await createTestTag(db)];
  expect(t1.slug).not.toBe(t2.slug);
  const topic = await createTestTopic(db);
  expect(topic.slug).toMatch(/^test-topic-/);
  const user = await createTestUser(db, { role: "viewer" });
  expect(user.role).toBe("viewer");
});

it("makes a searchable meeting with leads, a source, topics and tags", async () => {
  const author = await createTestUser(db);
  const meeting = await createTestMeeting(db, {
    createdById: author.id,
    topics: ["energy-security"],
    tags: ["Follow-up"],
  });
  const again = await createTestMeeting(db);
  expect(again.title).not.toBe(meeting.title);

  const stored = await db.meeting.findUniqueOrThrow({
    where: { id: meeting.id },
    select: {
      createdById: true,
      participations: { select: { isDelegationLead: true, side: true } },
      topics: { select: { topic: { select: { slug: true } } } },
      tags: { select: { tag: { select: { slug: true } } } },
      sources: { select: { text: true } },
    },
  });
  expect(stored.createdById).toBe(author.id);
  expect(stored.participations).toEqual(
    expect.arrayContaining([
      { isDelegationLead: true, side: "HOST" },
      { isDelegationLead: true, side: "GUEST" },
    ]),
  );
  expect(stored.topics).toEqual([{ topic: { slug: "energy-security" } }]);
  expect(stored.tags).toEqual([{ tag: { slug: "follow-up" } }]);

  const person = await db.person.findUniqueOrThrow({ where: { id: meeting.personIds[0]! }, select: { name: true } });
  const surname = person.name.split(" ")[1]!;
  const found = await db.$queryRaw<{ id: string }[]>`
    SELECT "id"::text FROM "Meeting" WHERE "searchVector" @@ plainto_tsquery('parley', ${person.name})`;
  expect(found.map((row) => row.id)).toContain(meeting.id);
  expect(stored.sources[0]?.text).toContain(surname);
});
