import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
// better-auth's nextCookies plugin imports the ".js" specifier.
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest, currentCookies, headers } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { signIn } = await import("@/lib/auth/sign-in/sign-in");
const { changePassword, signOut } = await import("@/lib/auth/sign-in/account");
const { getCurrentUser, requireUser } = await import("@/lib/auth/current-user");
const { getSignedInAccount } = await import("@/lib/auth/sessions/session");
const { requirePageUser } = await import("@/lib/auth/page-guard");
const { startTwoFactorSetup, confirmTwoFactorSetup, disableTwoFactor, verifySignInCode, signInCodeSchema } = await import("@/lib/auth/sign-in/two-factor");
const { setTwoFactorPolicy } = await import("@/lib/auth/users/mutations");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { PAIR_FREE_FAILURES } = await import("@/lib/auth/internal/sign-in/throttle");
const { decodeBase32, totpCode, wrongTotpCode } = await import("@/lib/testing/auth/totp");
const { sessionCookieName } = await import("@/lib/auth/cookie-config");
type TestAccount = Awaited<ReturnType<typeof createTestAccount>>;

const TWO_FACTOR_COOKIE = "parley.two_factor";

let address = 0;
// Each step comes from its own browser (user agent), so anonymous audit events can be told apart:
// without a trusted proxy every address is "direct".
function freshRequest(cookies: Record<string, string> = {}) {
  address += 1;
  setRequest({ cookies, headers: { "user-agent": `vitest browser ${address}` } });
}

/** Turns TOTP on for the account through Parley's own functions; returns the key and backup codes. */
async function enableTotp(account: TestAccount) {
  freshRequest(account.cookies);
  const setup = await startTwoFactorSetup(account.password);
  await confirmTwoFactorSetup(totpCode(setup.secret));
  return { ...setup, cookies: currentCookies() };
}

/** Password step from a browser with no cookies; leaves the jar holding whatever it set. */
async function passwordStep(account: TestAccount) {
  freshRequest();
  return signIn({ email: account.email, password: account.password }, await headers());
}

const sessionsOf = (userId: string) => db.session.count({ where: { userId } });
const twoFactorRow = (userId: string) => db.twoFactor.findFirst({ where: { userId } });

function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? (digest.split(";")[2] ?? null) : null;
}

describe("setting up two-step sign-in", () => {
  it("needs the password, shows a key that an authenticator app accepts, and is off until a code confirms it", async () => {
    const analyst = await createTestAccount(db, "analyst");
    freshRequest(analyst.cookies);
    await expect(startTwoFactorSetup("not my password at all")).rejects.toMatchObject({ code: "validation", fieldErrors: { password: expect.any(Array) } });
    expect(await twoFactorRow(analyst.id)).toBeNull();

    const setup = await startTwoFactorSetup(analyst.password);
    expect(setup.secret).toMatch(/^[A-Z2-7]+=*$/u);
    expect(new URL(setup.uri).protocol).toBe("otpauth:");
    expect(new URL(setup.uri).searchParams.get("issuer")).toBe("Parley");
    expect(setup.backupCodes).toHaveLength(10);
    let user = await db.user.findUniqueOrThrow({ where: { id: analyst.id }, select: { twoFactorEnabled: true } });
    expect(user.twoFactorEnabled).toBe(false);
    expect(await twoFactorRow(analyst.id)).toMatchObject({ verified: false });

    await expect(confirmTwoFactorSetup(wrongTotpCode(setup.secret))).rejects.toMatchObject({ code: "validation", fieldErrors: { code: expect.any(Array) } });
    user = await db.user.findUniqueOrThrow({ where: { id: analyst.id }, select: { twoFactorEnabled: true } });
    expect(user.twoFactorEnabled).toBe(false);

    await confirmTwoFactorSetup(totpCode(setup.secret));
    user = await db.user.findUniqueOrThrow({ where: { id: analyst.id }, select: { twoFactorEnabled: true } });
    expect(user.twoFactorEnabled).toBe(true);
    expect(await twoFactorRow(analyst.id)).toMatchObject({ verified: true, failedVerificationCount: 0 });
    expect(await db.authEvent.count({ where: { subjectId: analyst.id, kind: "TWO_FACTOR_ENABLED" } })).toBe(1);

    // better-auth renews the session on this change: the old cookie's row is gone, the new one works.
    const renewed = currentCookies()[sessionCookieName()];
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(analyst.cookies[sessionCookieName()]);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: analyst.id });
    freshRequest(analyst.cookies);
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("does not count a second set-up attempt, once it is on, as a wrong password", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { cookies } = await enableTotp(analyst);
    freshRequest(cookies);
    await expect(startTwoFactorSetup(analyst.password)).rejects.toMatchObject({ code: "conflict" });
    expect(await db.signInAttempt.count({ where: { accountKey: analyst.email } })).toBe(0);
    expect(await twoFactorRow(analyst.id)).toMatchObject({ verified: true });
  });

  it("stores the key and the backup codes encrypted, not as the analyst sees them", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { secret, backupCodes } = await enableTotp(analyst);
    const row = await db.twoFactor.findFirstOrThrow({ where: { userId: analyst.id }, select: { secret: true, backupCodes: true } });
    const rawKey = decodeBase32(secret).toString("utf8");
    expect(row.secret).not.toContain(secret);
    expect(row.secret).not.toContain(rawKey);
    expect(row.secret).toMatch(/^[0-9a-f]+$/u);
    for (const code of backupCodes) expect(row.backupCodes).not.toContain(code);
    const events = await db.authEvent.findMany({ where: { subjectId: analyst.id }, select: { detail: true } });
    expect(JSON.stringify(events)).not.toContain(secret);
  });
});

describe("signing in with two-step sign-in on", () => {
  beforeEach(() => freshRequest());

  it("gives no session for the password alone, refuses a wrong code, and signs in with the right one", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { secret } = await enableTotp(analyst);
    await db.session.deleteMany({ where: { userId: analyst.id } });

    await expect(passwordStep(analyst)).resolves.toEqual({ status: "second-factor" });
    expect(await sessionsOf(analyst.id)).toBe(0);
    expect(currentCookies()[sessionCookieName()]).toBeUndefined();
    expect(currentCookies()[TWO_FACTOR_COOKIE]).toBeTruthy();
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ code: "unauthorized" });

    await expect(verifySignInCode(wrongTotpCode(secret))).rejects.toMatchObject({ code: "validation" });
    expect(await sessionsOf(analyst.id)).toBe(0);
    await expect(getCurrentUser()).resolves.toBeNull();
    expect(await twoFactorRow(analyst.id)).toMatchObject({ failedVerificationCount: 1 });
    const failure = await db.authEvent.findFirstOrThrow({ where: { kind: "SIGN_IN_FAILED", userAgent: `vitest browser ${address}` }, select: { detail: true } });
    expect(failure.detail).toEqual({ reason: "second-factor" });

    // The set-up spent the current step; the next one (still inside the tolerated window) is fresh.
    await expect(verifySignInCode(totpCode(secret, Date.now(), 1))).resolves.toEqual({ userId: analyst.id });
    expect(await sessionsOf(analyst.id)).toBe(1);
    expect(currentCookies()[TWO_FACTOR_COOKIE]).toBeUndefined();
    await expect(getCurrentUser()).resolves.toMatchObject({ id: analyst.id, role: "analyst" });
    // A success clears the failure count, so only consecutive failures lead to a lock.
    expect(await twoFactorRow(analyst.id)).toMatchObject({ failedVerificationCount: 0, lockedUntil: null });
    const signInEvent = await db.authEvent.findFirstOrThrow({ where: { subjectId: analyst.id, kind: "SIGN_IN" }, select: { detail: true } });
    expect(signInEvent.detail).toEqual({ secondFactor: "totp" });
  });

  it("refuses a code without the password step, and one from another account's sign-in", async () => {
    const first = await createTestAccount(db, "analyst");
    const second = await createTestAccount(db, "viewer");
    const { secret: firstKey } = await enableTotp(first);
    await enableTotp(second);

    freshRequest();
    await expect(verifySignInCode(totpCode(firstKey))).rejects.toMatchObject({ code: "validation" });
    // The second account's password step does not let the first account's code through.
    await passwordStep(second);
    await expect(verifySignInCode(totpCode(firstKey))).rejects.toMatchObject({ code: "validation" });
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("drops a sign-in after 5 wrong codes, and locks the second step after 10 in a row until the lock expires", async () => {
    const viewer = await createTestAccount(db, "viewer");
    const { secret } = await enableTotp(viewer);
    await db.session.deleteMany({ where: { userId: viewer.id } });

    await passwordStep(viewer);
    for (let i = 0; i < 5; i += 1) await expect(verifySignInCode(wrongTotpCode(secret))).rejects.toMatchObject({ code: "validation" });
    // The challenge is spent: even the right code no longer completes this sign-in.
    await expect(verifySignInCode(totpCode(secret))).rejects.toMatchObject({ code: "validation" });
    expect(await sessionsOf(viewer.id)).toBe(0);

    // A new password step gives a new challenge, but the account keeps counting.
    await passwordStep(viewer);
    for (let i = 0; i < 5; i += 1) await expect(verifySignInCode(wrongTotpCode(secret))).rejects.toMatchObject({ code: "validation" });
    const locked = await db.twoFactor.findFirstOrThrow({ where: { userId: viewer.id }, select: { failedVerificationCount: true, lockedUntil: true } });
    expect(locked.failedVerificationCount).toBe(10);
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    await passwordStep(viewer);
    await expect(verifySignInCode(totpCode(secret))).rejects.toMatchObject({ code: "throttled", message: expect.stringMatching(/15 minutes/u) });
    expect(await sessionsOf(viewer.id)).toBe(0);
    const throttled = await db.authEvent.findFirstOrThrow({ where: { kind: "SIGN_IN_THROTTLED", userAgent: `vitest browser ${address}` }, select: { detail: true } });
    expect(throttled.detail).toEqual({ reason: "second-factor" });

    await db.twoFactor.updateMany({ where: { userId: viewer.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await passwordStep(viewer);
    await expect(verifySignInCode(totpCode(secret, Date.now(), 1))).resolves.toEqual({ userId: viewer.id });
    expect(await sessionsOf(viewer.id)).toBe(1);
  });

  it("accepts each backup code once in place of a code from the app", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { backupCodes } = await enableTotp(analyst);
    const [first, second] = backupCodes as [string, string];

    await passwordStep(analyst);
    await expect(verifySignInCode(first)).resolves.toEqual({ userId: analyst.id });
    await expect(getCurrentUser()).resolves.toMatchObject({ id: analyst.id });
    await signOut();

    await passwordStep(analyst);
    await expect(verifySignInCode(first)).rejects.toMatchObject({ code: "validation" });
    await expect(getCurrentUser()).resolves.toBeNull();
    // Typed without the dash, as people copy them from paper.
    await expect(verifySignInCode(second.replace("-", ""))).resolves.toEqual({ userId: analyst.id });
    const event = await db.authEvent.findFirstOrThrow({ where: { subjectId: analyst.id, kind: "SIGN_IN", detail: { equals: { secondFactor: "backup-code" } } } });
    expect(JSON.stringify(event)).not.toContain(second);
  });
});

describe("changing the password with two-step sign-in on", () => {
  const passwordHash = async (userId: string) => (await db.account.findFirstOrThrow({ where: { userId }, select: { password: true } })).password;
  const change = (currentPassword: string, newPassword: string, code?: string) => changePassword({ currentPassword, newPassword, confirmPassword: newPassword, code });

  it("needs a current code or a backup code besides the password, and each code works once", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { secret, backupCodes, cookies } = await enableTotp(analyst);
    const before = await passwordHash(analyst.id);

    freshRequest(cookies);
    await expect(change(analyst.password, "a passphrase taken with the session")).rejects.toMatchObject({ code: "validation", fieldErrors: { code: [expect.stringMatching(/Enter the 6-digit code/u)] } });
    await expect(change(analyst.password, "a passphrase taken with the session", wrongTotpCode(secret))).rejects.toMatchObject({ code: "validation", fieldErrors: { code: [expect.stringMatching(/not valid/u)] } });
    expect(await passwordHash(analyst.id)).toBe(before);

    await expect(change(analyst.password, "the owner's own new passphrase", totpCode(secret, Date.now(), 1))).resolves.toBeUndefined();
    expect(await passwordHash(analyst.id)).not.toBe(before);

    freshRequest(currentCookies());
    const backupCode = backupCodes[0]!;
    await expect(change("the owner's own new passphrase", "and another one after that", backupCode)).resolves.toBeUndefined();
    freshRequest(currentCookies());
    await expect(change("and another one after that", "a third passphrase, refused", backupCode)).rejects.toMatchObject({ fieldErrors: { code: expect.any(Array) } });
  });

  it("needs no code on an account without two-step sign-in", async () => {
    const viewer = await createTestAccount(db, "viewer");
    freshRequest(viewer.cookies);
    await expect(change(viewer.password, "a new passphrase without codes")).resolves.toBeUndefined();
  });
});

describe("signInCodeSchema", () => {
  it("takes a 6-digit code or a backup code, with or without its dash, and nothing else", () => {
    expect(signInCodeSchema.parse({ code: " 123 456 " })).toEqual({ code: "123456" });
    expect(signInCodeSchema.parse({ code: "aB3dE-fG5hJ" })).toEqual({ code: "aB3dE-fG5hJ" });
    expect(signInCodeSchema.parse({ code: "aB3dEfG5hJ" })).toEqual({ code: "aB3dEfG5hJ" });
    for (const code of ["12345", "1234567", "abcdef", "aB3dE-fG5h", "aB3dE_fG5hJ", ""]) {
      expect(signInCodeSchema.safeParse({ code }).success, code).toBe(false);
    }
  });
});

describe("a code works once", () => {
  it("refuses a TOTP code that already completed a sign-in, even within its 90 seconds, and leaves no session", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { secret } = await enableTotp(analyst);
    await db.session.deleteMany({ where: { userId: analyst.id } });
    const code = totpCode(secret, Date.now(), 1);

    await passwordStep(analyst);
    await expect(verifySignInCode(code)).resolves.toEqual({ userId: analyst.id });
    await db.session.deleteMany({ where: { userId: analyst.id } });

    await passwordStep(analyst);
    await expect(verifySignInCode(code)).rejects.toMatchObject({ code: "validation" });
    expect(await sessionsOf(analyst.id)).toBe(0);
    expect(currentCookies()[sessionCookieName()]).toBeUndefined();
    const event = await db.authEvent.findFirstOrThrow({ where: { subjectId: analyst.id, kind: "SIGN_IN_FAILED" }, select: { detail: true } });
    expect(event.detail).toEqual({ reason: "code-reused" });
  });

  it("lets only one of two sign-ins racing with the same code through", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { secret } = await enableTotp(analyst);
    await db.session.deleteMany({ where: { userId: analyst.id } });
    const code = totpCode(secret, Date.now(), 1);
    const { claimTotpStep } = await import("@/lib/auth/internal/sign-in/totp-step");
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimTotpStep(analyst.id, code)));
    expect(claims.filter((claim) => claim === "accepted")).toHaveLength(1);
    expect(claims.filter((claim) => claim === "reused")).toHaveLength(7);
  });
});

describe("turning two-step sign-in off", () => {
  it("requires the password and a current, unused code; afterwards the password alone signs in again", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { cookies, secret } = await enableTotp(analyst);

    freshRequest(cookies);
    await expect(disableTwoFactor(analyst.password, wrongTotpCode(secret))).rejects.toMatchObject({ code: "validation", fieldErrors: { code: expect.any(Array) } });
    // The code that turned it on is spent: a stolen session that saw it cannot reuse it.
    await expect(disableTwoFactor(analyst.password, totpCode(secret))).rejects.toMatchObject({ code: "validation", fieldErrors: { code: expect.any(Array) } });
    await expect(disableTwoFactor("not my password at all", totpCode(secret, Date.now(), 1))).rejects.toMatchObject({ code: "validation", fieldErrors: { password: expect.any(Array) } });
    expect(await twoFactorRow(analyst.id)).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).twoFactorEnabled).toBe(true);

    // A later step: the previous call spent step +1 before the password was checked.
    await db.twoFactor.updateMany({ where: { userId: analyst.id }, data: { lastUsedStep: null } });
    await disableTwoFactor(analyst.password, totpCode(secret, Date.now(), 1));
    expect(await twoFactorRow(analyst.id)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).twoFactorEnabled).toBe(false);
    expect(await db.authEvent.count({ where: { subjectId: analyst.id, kind: "TWO_FACTOR_DISABLED" } })).toBe(1);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: analyst.id });

    await expect(passwordStep(analyst)).resolves.toEqual({ status: "signed-in", userId: analyst.id });
  });

  it("throttles guesses made from a signed-in browser like sign-ins", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { cookies, secret } = await enableTotp(analyst);
    // The first failures cost nothing; the one after them makes the next attempt wait.
    for (let i = 0; i <= PAIR_FREE_FAILURES; i += 1) {
      freshRequest(currentCookies());
      await expect(disableTwoFactor(`guess number ${i} of many`, wrongTotpCode(secret))).rejects.toMatchObject({ code: "validation" });
    }
    // As many failures again, just now (copied in the database): the wait is then half a minute,
    // however slowly this machine runs the next call.
    await db.$executeRaw`INSERT INTO "SignInAttempt" ("id", "accountKey", "address", "createdAt")
      SELECT gen_random_uuid(), "accountKey", "address", now() FROM "SignInAttempt" WHERE "accountKey" = ${analyst.email}`;
    freshRequest(cookies);
    await expect(disableTwoFactor(analyst.password, totpCode(secret, Date.now(), 1))).rejects.toMatchObject({ code: "throttled", message: expect.stringMatching(/^Too many wrong passwords\. Wait \d+ seconds/u) });
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).twoFactorEnabled).toBe(true);
  });
});

describe("when admins require two-step sign-in for everyone", () => {
  let admin: TestAccount;

  beforeEach(async () => {
    admin = await createTestAccount(db, "admin");
    freshRequest(admin.cookies);
    await setTwoFactorPolicy({ required: true });
  });

  afterEach(async () => {
    await db.authSettings.update({ where: { id: 1 }, data: { requireTwoFactor: false } });
  });

  it("keeps an account without it out of the data until it sets it up", async () => {
    const analyst = await createTestAccount(db, "analyst");
    freshRequest(analyst.cookies);
    await expect(getSignedInAccount()).resolves.toMatchObject({ mustSetUpTwoFactor: true, twoFactorEnabled: false });
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ code: "unauthorized" });
    const redirected = await requirePageUser("viewer").catch(redirectTarget);
    expect(redirected).toBe("/account/two-step");

    // The password still opens a session, but only for setting up the second factor.
    await expect(passwordStep(analyst)).resolves.toMatchObject({ status: "signed-in" });
    await expect(getCurrentUser()).resolves.toBeNull();

    const { cookies } = await enableTotp(analyst);
    freshRequest(cookies);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: analyst.id });
    await expect(requirePageUser("analyst")).resolves.toMatchObject({ id: analyst.id });
  });

  it("does not let anyone turn it off, even with the password and a code", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const { cookies, secret } = await enableTotp(analyst);
    freshRequest(cookies);
    await expect(disableTwoFactor(analyst.password, totpCode(secret, Date.now(), 1))).rejects.toMatchObject({ code: "conflict" });
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).twoFactorEnabled).toBe(true);
    expect(await twoFactorRow(analyst.id)).not.toBeNull();
  });

  it("applies to admins too, and records who changed the policy", async () => {
    freshRequest(admin.cookies);
    await expect(getCurrentUser()).resolves.toBeNull();
    const event = await db.authEvent.findFirstOrThrow({ where: { kind: "TWO_FACTOR_POLICY_CHANGED", actorId: admin.id }, select: { detail: true } });
    expect(event.detail).toEqual({ required: true });
  });
});
