import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestOrganization, createTestPerson } = await import("@/lib/testing/factories");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { deleteMeeting, undeleteMeeting, updateMeeting } = await import("@/lib/meetings/mutations");
const { mergePeople, unmergePerson } = await import("@/lib/people/mutations");
const { mergeOrganizations, unmergeOrganization } = await import("@/lib/organizations/mutations");

// The registry's counts are kept by triggers (prisma/migrations/20261206150000_registry_meeting_stats).
// Every scenario ends by holding all four tables to a count from scratch, so a change the triggers
// miss fails here whichever entity it hits.

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
let admin: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  [analyst, admin] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "admin")]);
});
beforeEach(() => setRequest({ cookies: analyst.cookies }));

type Stats = { meetings: number; lastMetOn: string | null };

async function personStats(id: string): Promise<Stats> {
  const row = await db.personMeetingStats.findUniqueOrThrow({ where: { personId: id } });
  return { meetings: row.meetings, lastMetOn: row.lastMetOn?.toISOString().slice(0, 10) ?? null };
}

async function organizationStats(id: string): Promise<Stats> {
  const row = await db.organizationMeetingStats.findUniqueOrThrow({ where: { organizationId: id } });
  return { meetings: row.meetings, lastMetOn: row.lastMetOn?.toISOString().slice(0, 10) ?? null };
}

const TABLES = {
  person: { table: "PersonMeetingStats", key: "personId", entity: "Person", id: "id" },
  organization: { table: "OrganizationMeetingStats", key: "organizationId", entity: "Organization", id: "id" },
  country: { table: "CountryMeetingStats", key: "countryCode", entity: "Country", id: "code" },
  topic: { table: "TopicMeetingStats", key: "topicId", entity: "Topic", id: "id" },
} as const;

/** Rows whose kept figures differ from a count from scratch, for every entity of every kind. */
async function driftedRows() {
  const drifted: unknown[] = [];
  for (const [kind, t] of Object.entries(TABLES)) {
    const rows = await db.$queryRawUnsafe<unknown[]>(`
      SELECT '${kind}' AS kind, e."${t.id}"::text AS key, s."meetings" AS kept, coalesce(c."meetings", 0) AS counted,
             s."lastMetOn"::text AS "keptLast", c."lastMetOn"::text AS "countedLast"
      FROM "${t.entity}" e
      LEFT JOIN "${t.table}" s ON s."${t.key}" = e."${t.id}"
      LEFT JOIN parley_registry_counted('${kind}') c ON c.key = e."${t.id}"::text
      WHERE s."meetings" IS DISTINCT FROM coalesce(c."meetings", 0) OR s."lastMetOn" IS DISTINCT FROM c."lastMetOn"`);
    drifted.push(...rows);
  }
  return drifted;
}

async function editRecord(id: string, change: (record: Awaited<ReturnType<typeof readMeetingSnapshot>> & object) => void) {
  const snapshot = (await readMeetingSnapshot(db, id))!;
  change(snapshot);
  return updateMeeting(id, snapshot.version, snapshot.record);
}

describe("the registry's kept counts", () => {
  it("start equal to a count from scratch (the migration's backfill and the demo data)", async () => {
    expect(await driftedRows()).toEqual([]);
    expect(await db.registryStatsChange.count()).toBe(0);
  });

  it("follow a meeting's edits: a participant, a country and a topic removed, a date moved, an organisation with two participants counted once", async () => {
    const org = await createTestOrganization(db);
    const [a, b] = [await createTestPerson(db), await createTestPerson(db)];
    const meeting = await createTestMeeting(db, {
      date: new Date("2024-05-10"),
      topics: ["energy"],
      participants: [
        { personId: a.id, organizationId: org.id, countryCode: "AZ" },
        { personId: b.id, organizationId: org.id, countryCode: "AZ" },
      ],
    });
    expect(await personStats(b.id)).toEqual({ meetings: 1, lastMetOn: "2024-05-10" });
    expect(await organizationStats(org.id)).toEqual({ meetings: 1, lastMetOn: "2024-05-10" });

    await editRecord(meeting.id, (s) => {
      s.record.participants = s.record.participants.filter((p) => p.personId !== b.id);
      s.record.date = "2024-03-01";
      s.record.countries = s.record.countries.filter((c) => c.countryCode !== "CN");
      s.record.topicIds = [];
    });
    const cn = await db.countryMeetingStats.findUniqueOrThrow({ where: { countryCode: "CN" } });
    const counted = await db.$queryRaw<{ meetings: number }[]>`SELECT "meetings" FROM parley_registry_counted('country') WHERE key = 'CN'`;
    expect(cn.meetings).toBe(counted[0]?.meetings ?? 0);
    expect(await personStats(b.id)).toEqual({ meetings: 0, lastMetOn: null });
    expect(await personStats(a.id)).toEqual({ meetings: 1, lastMetOn: "2024-03-01" });
    expect(await organizationStats(org.id)).toEqual({ meetings: 1, lastMetOn: "2024-03-01" });
    expect(await driftedRows()).toEqual([]);
  });

  it("take a trashed meeting out and put a restored one back, the latest date with it", async () => {
    const person = await createTestPerson(db);
    await createTestMeeting(db, { date: new Date("2023-01-15"), participants: [{ personId: person.id, countryCode: "AZ" }] });
    const later = await createTestMeeting(db, { date: new Date("2025-06-30"), participants: [{ personId: person.id, countryCode: "AZ" }] });
    expect(await personStats(person.id)).toEqual({ meetings: 2, lastMetOn: "2025-06-30" });

    await deleteMeeting(later.id, later.version);
    expect(await personStats(person.id)).toEqual({ meetings: 1, lastMetOn: "2023-01-15" });
    expect(await driftedRows()).toEqual([]);
    // A large entity's latest is found by walking the newest meetings instead: the same answer.
    const walked = await db.$queryRaw<{ person: Date | null; country: Date | null }[]>`
      SELECT parley_registry_latest('person', ${person.id}, '2099-01-01', true) AS person,
             parley_registry_latest('country', 'AZ', '2099-01-01', true) = parley_registry_latest('country', 'AZ', '2099-01-01', false) AS country`;
    expect(walked[0]).toEqual({ person: new Date("2023-01-15"), country: true });

    setRequest({ cookies: admin.cookies });
    await undeleteMeeting(later.id);
    expect(await personStats(person.id)).toEqual({ meetings: 2, lastMetOn: "2025-06-30" });
    expect(await driftedRows()).toEqual([]);
  });

  it("move with a merge of people and move back with its undo", async () => {
    const keep = await createTestPerson(db);
    const dup = await createTestPerson(db);
    await createTestMeeting(db, { date: new Date("2022-02-02"), participants: [{ personId: keep.id, countryCode: "AZ" }, { personId: dup.id, countryCode: "AZ" }] });
    await createTestMeeting(db, { date: new Date("2026-01-05"), participants: [{ personId: dup.id, countryCode: "CN" }] });
    expect(await personStats(keep.id)).toEqual({ meetings: 1, lastMetOn: "2022-02-02" });

    await mergePeople({ id: dup.id, intoId: keep.id });
    expect(await personStats(keep.id)).toEqual({ meetings: 2, lastMetOn: "2026-01-05" });
    expect(await personStats(dup.id)).toEqual({ meetings: 0, lastMetOn: null });
    expect(await driftedRows()).toEqual([]);

    await unmergePerson({ id: dup.id });
    expect(await personStats(keep.id)).toEqual({ meetings: 1, lastMetOn: "2022-02-02" });
    expect(await personStats(dup.id)).toEqual({ meetings: 2, lastMetOn: "2026-01-05" });
    expect(await driftedRows()).toEqual([]);
  });

  it("move with a merge of organisations and back with its undo", async () => {
    const keep = await createTestOrganization(db);
    const dup = await createTestOrganization(db);
    // One meeting has both: after the merge it counts once for the kept organisation.
    await createTestMeeting(db, { date: new Date("2021-07-07"), participants: [{ organizationId: keep.id, countryCode: "AZ" }, { organizationId: dup.id, countryCode: "AZ" }] });
    await createTestMeeting(db, { date: new Date("2021-09-09"), participants: [{ organizationId: dup.id, countryCode: "AZ" }] });

    await mergeOrganizations({ id: dup.id, intoId: keep.id });
    expect(await organizationStats(keep.id)).toEqual({ meetings: 2, lastMetOn: "2021-09-09" });
    expect(await organizationStats(dup.id)).toEqual({ meetings: 0, lastMetOn: null });
    expect(await driftedRows()).toEqual([]);

    await unmergeOrganization({ id: dup.id });
    expect(await organizationStats(keep.id)).toEqual({ meetings: 1, lastMetOn: "2021-07-07" });
    expect(await organizationStats(dup.id)).toEqual({ meetings: 2, lastMetOn: "2021-09-09" });
    expect(await driftedRows()).toEqual([]);
  });

  it("follow a meeting deleted for good, and leave no queued difference behind", async () => {
    const person = await createTestPerson(db);
    const meeting = await createTestMeeting(db, { date: new Date("2020-10-10"), participants: [{ personId: person.id, countryCode: "AZ" }] });
    await db.meeting.delete({ where: { id: meeting.id } });
    expect(await personStats(person.id)).toEqual({ meetings: 0, lastMetOn: null });
    // A person deleted in the same transaction as their last meeting: no row to fold into.
    const gone = await createTestPerson(db);
    const last = await createTestMeeting(db, { participants: [{ personId: gone.id, countryCode: "AZ" }] });
    await db.$transaction([db.meeting.delete({ where: { id: last.id } }), db.person.delete({ where: { id: gone.id } })]);
    expect(await db.personMeetingStats.count({ where: { personId: gone.id } })).toBe(0);
    expect(await db.registryStatsChange.count()).toBe(0);
    expect(await driftedRows()).toEqual([]);
  });
});
