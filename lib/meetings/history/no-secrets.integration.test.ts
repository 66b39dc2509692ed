import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { finishedMerge } = await import("@/lib/testing/merge-jobs");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { changeMeetingTags, deleteMeeting, restoreMeetingRevision, undeleteMeeting } = await import("@/lib/meetings/mutations");
const { mergePeople, unmergePerson } = await import("@/lib/people/mutations");
const { renameTag } = await import("@/lib/tags/mutations");

beforeAll(async () => {
  // Every kind of change this feature writes a revision for, by real signed-in accounts.
  const [analyst, admin] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "admin")]);
  setRequest({ cookies: analyst.cookies });
  const m = await createTestMeeting(db, { createdById: analyst.id });
  await changeMeetingTags([m.id], { add: ["secret-scan"], remove: [] });
  await restoreMeetingRevision(m.id, 1, 2);
  await deleteMeeting(m.id, 3);
  setRequest({ cookies: admin.cookies });
  await undeleteMeeting(m.id);
  const keep = await createTestPerson(db, { name: "Secret Scan Keep" });
  const dup = await createTestPerson(db, { name: "Secret Scan Dup" });
  await createTestMeeting(db, { participants: [{ personId: dup.id }, { countryCode: "CN" }] });
  await finishedMerge(mergePeople({ id: dup.id, intoId: keep.id }));
  await finishedMerge(unmergePerson({ id: dup.id }));
  const tag = await db.tag.findFirstOrThrow({ where: { name: "secret-scan" } });
  await renameTag({ id: tag.id, name: `secret-scan ${crypto.randomUUID().slice(0, 6)}` });
});

describe("revisions and the audit log", () => {
  it("never contain a password, hash, session token, session id, second-factor secret or app secret", async () => {
    const [sessions, accounts, factors, appSecrets] = await Promise.all([
      db.session.findMany({ select: { id: true, token: true } }),
      db.account.findMany({ select: { password: true, accessToken: true, refreshToken: true, idToken: true } }),
      db.twoFactor.findMany({ select: { secret: true, backupCodes: true } }),
      db.appSecret.findMany({ select: { value: true } }),
    ]);
    const secrets = [
      ...sessions.flatMap((s) => [s.id, s.token]),
      ...accounts.flatMap((a) => [a.password, a.accessToken, a.refreshToken, a.idToken]),
      ...factors.flatMap((f) => [f.secret, f.backupCodes]),
      ...appSecrets.map((s) => s.value),
    ].filter((value): value is string => typeof value === "string" && value.length >= 8);
    expect(sessions.length).toBeGreaterThan(0);

    const revisions = await db.revision.findMany({ select: { id: true, before: true, after: true } });
    const events = await db.authEvent.findMany({ select: { id: true, detail: true, userAgent: true } });
    expect(revisions.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const row of [...revisions.map((r) => ({ where: `revision ${r.id}`, text: JSON.stringify([r.before, r.after]) })), ...events.map((e) => ({ where: `auth event ${e.id}`, text: JSON.stringify([e.detail, e.userAgent]) }))]) {
      if (/\$argon2/u.test(row.text)) leaks.push(`${row.where}: a password hash`);
      for (const secret of secrets) if (row.text.includes(secret)) leaks.push(`${row.where}: a stored secret`);
      if (/"(password|token|secret|hash)"\s*:/iu.test(row.text)) leaks.push(`${row.where}: a secret-named field`);
    }
    expect(leaks).toEqual([]);
  });
});
