import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { db } = await import("@/lib/db");
const { createPrismaClient } = await import("@/lib/database/client");
const { runMeetingWork } = await import("@/lib/meetings/write/unit-of-work");
const { drainInbox, fanOutBatch } = await import("@/lib/inbox/fan-out");
const { listInbox, countUnreadInbox } = await import("@/lib/inbox/queries");
const { markAllInboxRead, markInboxItemRead } = await import("@/lib/inbox/mutations");
const { setWatch } = await import("@/lib/watches/mutations");
const { addComment } = await import("@/lib/comments/mutations");
const { saveView } = await import("@/lib/views/mutations");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
const as = (account: Account | null) => setRequest({ cookies: account?.cookies ?? {} });

async function account(role: "viewer" | "analyst" | "admin", name: string): Promise<Account> {
  const made = await createTestAccount(db, role);
  await db.user.update({ where: { id: made.id }, data: { name } });
  return made;
}

async function inboxOf(who: Account) {
  as(who);
  return listInbox();
}

let watcher: Account;
let author: Account;
let reviewer: Account;

beforeAll(async () => {
  watcher = await account("viewer", "Wanda Watcher");
  author = await account("analyst", "Arif Author");
  reviewer = await account("analyst", "Rena Reviewer");
  // Whatever the template database's revisions are, they are behind us.
  await drainInbox(db);
});

describe("watching a pair", () => {
  it("brings a new meeting of that pair, and no other, to the watcher's inbox once the fan-out has run", async () => {
    as(watcher);
    await setWatch({ kind: "PAIR", key: "CN-AZ" }, true);

    const pair = await createTestMeeting(db, { createdById: author.id, countries: [{ code: "AZ" }, { code: "CN" }, { code: "TR" }] });
    await createTestMeeting(db, { createdById: author.id, countries: [{ code: "AZ" }, { code: "TR" }] });
    expect((await inboxOf(watcher)).entries, "nothing before the fan-out runs").toEqual([]);

    await drainInbox(db);
    const inbox = await inboxOf(watcher);
    expect(inbox.entries.map((e) => [e.reason, e.meeting.id, e.action, e.watchLabels, e.actor])).toEqual([
      ["WATCH", pair.id, "CREATE", ["Azerbaijan and China"], "Arif Author"],
    ]);
    expect(inbox.unread).toBe(1);
  });

  it("keeps one unread line per meeting however often it changes, still saying it is new", async () => {
    const meeting = await createTestMeeting(db, { createdById: author.id, countries: [{ code: "AZ" }, { code: "CN" }] });
    for (let i = 0; i < 3; i++) {
      await runMeetingWork(db, author.id, async (unit) => {
        await unit.lock(meeting.id, { expectedVersion: "current" });
        unit.changed(meeting.id, "UPDATE");
      });
    }
    await drainInbox(db);
    const lines = (await inboxOf(watcher)).entries.filter((e) => e.meeting.id === meeting.id);
    expect(lines.map((e) => [e.action, e.read])).toEqual([["CREATE", false]]);

    // Once read, the next change is a new line.
    as(watcher);
    await markInboxItemRead(lines[0]!.id);
    await runMeetingWork(db, author.id, async (unit) => {
      await unit.lock(meeting.id, { expectedVersion: "current" });
      unit.changed(meeting.id, "UPDATE");
    });
    await drainInbox(db);
    expect((await inboxOf(watcher)).entries.filter((e) => e.meeting.id === meeting.id).map((e) => [e.action, e.read])).toEqual([
      ["UPDATE", false],
      ["CREATE", true],
    ]);
  });

  it("does not tell people of their own changes", async () => {
    as(author);
    await setWatch({ kind: "COUNTRY", key: "GE" }, true);
    await createTestMeeting(db, { createdById: author.id, countries: [{ code: "GE" }, { code: "AM" }] });
    await drainInbox(db);
    expect((await inboxOf(author)).entries.filter((e) => e.reason === "WATCH")).toEqual([]);
  });
});

describe("watching a saved view", () => {
  it("tests the view against the changed meeting alone and tells its watcher when the meeting falls in it", async () => {
    const viewer = await account("viewer", "Vida Viewer");
    as(viewer);
    const { id } = await saveView({ name: "Kazakh energy", query: "country=KZ&q=pipeline", shared: false });
    await setWatch({ kind: "SAVED_VIEW", key: id }, true);
    const inView = await createTestMeeting(db, { createdById: author.id, countries: [{ code: "KZ" }, { code: "UZ" }], summary: "Talks on a new pipeline." });
    await createTestMeeting(db, { createdById: author.id, countries: [{ code: "KZ" }, { code: "UZ" }], summary: "Talks on wheat." });
    await drainInbox(db);
    expect((await inboxOf(viewer)).entries.map((e) => [e.meeting.id, e.watchLabels])).toEqual([[inView.id, ["Kazakh energy"]]]);
  });
});

describe("a return in review", () => {
  it("reaches the meeting's author with the reason", async () => {
    const meeting = await createTestMeeting(db, { createdById: author.id, countries: [{ code: "MN" }, { code: "KR" }] });
    await runMeetingWork(db, reviewer.id, async (unit) => {
      await unit.lock(meeting.id, { expectedVersion: "current" });
      unit.changed(meeting.id, "RETURN", "The date is the wire's, not the meeting's: check the source.");
    });
    await drainInbox(db);
    const returns = (await inboxOf(author)).entries.filter((e) => e.reason === "RETURN");
    expect(returns.map((e) => [e.meeting.id, e.actor, e.note])).toEqual([[meeting.id, "Rena Reviewer", "The date is the wire's, not the meeting's: check the source."]]);
  });
});

describe("a mention", () => {
  it("reaches the mentioned user's inbox in the comment's own transaction", async () => {
    const meeting = await createTestMeeting(db, { createdById: author.id });
    as(author);
    await addComment({ meetingId: meeting.id, body: "@Rena Reviewer can you check the date?", mentions: reviewer.id });
    const mentions = (await inboxOf(reviewer)).entries.filter((e) => e.reason === "MENTION");
    expect(mentions.map((e) => [e.meeting.id, e.actor, e.note])).toEqual([[meeting.id, "Arif Author", "@Rena Reviewer can you check the date?"]]);
  });
});

describe("reading the inbox", () => {
  it("counts unread items and marks one or all read, each user's own only", async () => {
    const reader = await account("viewer", "Ruth Reader");
    as(reader);
    await setWatch({ kind: "COUNTRY", key: "LV" }, true);
    await createTestMeeting(db, { createdById: author.id, countries: [{ code: "LV" }, { code: "EE" }] });
    await createTestMeeting(db, { createdById: author.id, countries: [{ code: "LV" }, { code: "LT" }] });
    await drainInbox(db);
    as(reader);
    expect(await countUnreadInbox()).toBe(2);
    const [first] = (await listInbox()).entries;
    as(watcher);
    await expect(markInboxItemRead(first!.id)).rejects.toMatchObject({ code: "not_found" });
    as(reader);
    await markInboxItemRead(first!.id);
    expect(await countUnreadInbox()).toBe(1);
    expect(await markAllInboxRead()).toBe(1);
    expect(await countUnreadInbox()).toBe(0);
    as(null);
    await expect(listInbox()).rejects.toMatchObject({ code: "unauthorized" });
  });
});

describe("the fan-out's cursor", () => {
  it("resumes where it stopped after a restart, handling each change once", async () => {
    const follower = await account("viewer", "Fatima Follower");
    as(follower);
    await setWatch({ kind: "COUNTRY", key: "QA" }, true);
    const first = await createTestMeeting(db, { createdById: author.id, countries: [{ code: "QA" }, { code: "OM" }] });
    await drainInbox(db);

    // A second process (its own client, as after a restart) picks up only what came after.
    const second = await createTestMeeting(db, { createdById: author.id, countries: [{ code: "QA" }, { code: "BH" }] });
    const restarted = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
    try {
      expect(await drainInbox(restarted)).toMatchObject({ items: 1 });
      expect(await drainInbox(restarted)).toEqual({ changes: 0, items: 0 });
    } finally {
      await restarted.$disconnect();
    }
    expect((await inboxOf(follower)).entries.map((e) => e.meeting.id)).toEqual([second.id, first.id]);
  });

  it("lets one instance work at a time: another finds the cursor taken and skips", async () => {
    await createTestMeeting(db, { createdById: author.id, countries: [{ code: "QA" }, { code: "KW" }] });
    const other = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
    try {
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "InboxCursor" WHERE "name" = 'inbox' FOR UPDATE`;
        expect(await fanOutBatch(other)).toBeNull();
      });
      expect(await drainInbox(other)).toMatchObject({ changes: 1 });
    } finally {
      await other.$disconnect();
    }
  });

  it("moves nothing when a batch fails midway: the next run handles the change, once", async () => {
    const follower = await account("viewer", "Farid Follower");
    as(follower);
    await setWatch({ kind: "COUNTRY", key: "JO" }, true);
    const before = (await db.inboxCursor.findUniqueOrThrow({ where: { name: "inbox" } })).seq;
    const meeting = await createTestMeeting(db, { createdById: author.id, countries: [{ code: "JO" }, { code: "SA" }] });
    // The batch dies as it writes its inbox items (as a crash or a lost connection would).
    await db.$executeRawUnsafe(`CREATE FUNCTION test_inbox_crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'crash mid-batch'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_inbox_crash BEFORE INSERT ON "InboxItem" FOR EACH ROW EXECUTE FUNCTION test_inbox_crash()`);
    try {
      await expect(drainInbox(db)).rejects.toThrow(/crash mid-batch/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_inbox_crash ON "InboxItem"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_inbox_crash()`);
    }
    expect((await db.inboxCursor.findUniqueOrThrow({ where: { name: "inbox" } })).seq).toBe(before);
    expect(await drainInbox(db)).toMatchObject({ changes: 1, items: 1 });
    expect((await inboxOf(follower)).entries.map((e) => e.meeting.id)).toEqual([meeting.id]);
  });
});
