import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers-mock"));
// better-auth's nextCookies plugin imports the ".js" specifier.
vi.mock("next/headers.js", () => import("@/lib/auth/testing/next-headers-mock"));

const { setRequest, currentCookies, headers } = await import("@/lib/auth/testing/next-headers-mock");
const { db } = await import("@/lib/db");
const { signIn, INVALID_CREDENTIALS, THROTTLED, DEACTIVATED } = await import("@/lib/auth/sign-in");
const { signOut, signOutEverywhere, changePassword } = await import("@/lib/auth/account");
const { getCurrentUser } = await import("@/lib/auth/current-user");
const { createTestAccount } = await import("@/lib/auth/testing/users");
const { sessionCookieName } = await import("@/lib/auth/cookie-config");
const { WINDOW_MS } = await import("@/lib/auth/throttle");

let address = 0;
// Each test signs in from its own address so per-address counters do not leak between tests.
function freshRequest(extra: Record<string, string> = {}) {
  address += 1;
  setRequest({ headers: { "x-forwarded-for": `198.51.100.${address}`, ...extra } });
}

describe("signIn", () => {
  beforeEach(() => freshRequest());

  it("signs in with the right password, sets a session cookie and records the event", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const outcome = await signIn({ email: analyst.email.toUpperCase(), password: analyst.password }, await headers());
    expect(outcome).toEqual({ status: "signed-in", userId: analyst.id });
    const cookie = currentCookies()[sessionCookieName()];
    expect(cookie).toBeTruthy();
    expect(cookie).not.toBe(analyst.cookies[sessionCookieName()]);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: analyst.id, role: "analyst" });
    const event = await db.authEvent.findFirstOrThrow({ where: { subjectId: analyst.id, kind: "SIGN_IN" } });
    expect(event.address).toBe(`198.51.100.${address}`);
  });

  it("gives an unknown email and a wrong password the same answer", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const wrong = await signIn({ email: analyst.email, password: "not the password at all" }, await headers());
    const unknown = await signIn({ email: "nobody@test.parley.example", password: "not the password at all" }, await headers());
    expect(wrong).toEqual({ status: "refused", message: INVALID_CREDENTIALS });
    expect(unknown).toEqual(wrong);
    expect(currentCookies()[sessionCookieName()]).toBeUndefined();
  });

  it("refuses the sixth attempt after five failures, even with the right password, then lets it in after the window", async () => {
    const viewer = await createTestAccount(db, "viewer");
    for (let i = 0; i < 5; i += 1) {
      freshRequest();
      await expect(signIn({ email: viewer.email, password: `wrong password ${i}` }, await headers())).resolves.toMatchObject({ status: "refused", message: INVALID_CREDENTIALS });
    }
    // A new address (a forged X-Forwarded-For, say) does not reset the account's counter.
    freshRequest({ "x-forwarded-for": "203.0.113.99" });
    await expect(signIn({ email: viewer.email, password: viewer.password }, await headers())).resolves.toEqual({ status: "refused", message: THROTTLED });
    expect(await db.authEvent.count({ where: { subjectId: viewer.id, kind: "SIGN_IN_THROTTLED" } })).toBe(1);

    await db.signInAttempt.updateMany({ where: { accountKey: viewer.email }, data: { createdAt: new Date(Date.now() - WINDOW_MS - 1000) } });
    await expect(signIn({ email: viewer.email, password: viewer.password }, await headers())).resolves.toMatchObject({ status: "signed-in" });
  });

  it("throttles an address that fails on five different accounts", async () => {
    setRequest({ headers: { "x-forwarded-for": "203.0.113.50" } });
    for (let i = 0; i < 5; i += 1) {
      await signIn({ email: `spray-${i}@test.parley.example`, password: "Summer2026!Summer" }, await headers());
    }
    const victim = await createTestAccount(db, "analyst");
    await expect(signIn({ email: victim.email, password: victim.password }, await headers())).resolves.toEqual({ status: "refused", message: THROTTLED });
  });

  it("does not let a burst of parallel guesses past the limit", async () => {
    const viewer = await createTestAccount(db, "viewer");
    const request = await headers();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn({ email: viewer.email, password: `parallel guess ${i}` }, request)),
    );
    const checked = outcomes.filter((outcome) => outcome.status === "refused" && outcome.message === INVALID_CREDENTIALS);
    expect(checked.length).toBeLessThanOrEqual(5);
  });

  it("tells a deactivated account with the right password why, and creates no session", async () => {
    const analyst = await createTestAccount(db, "analyst", { banned: true });
    const before = await db.session.count({ where: { userId: analyst.id } });
    await expect(signIn({ email: analyst.email, password: analyst.password }, await headers())).resolves.toEqual({ status: "refused", message: DEACTIVATED });
    expect(await db.session.count({ where: { userId: analyst.id } })).toBe(before);
  });

  it("refuses a server action posted from another site", async () => {
    const analyst = await createTestAccount(db, "analyst");
    freshRequest({ "next-action": "abc", "sec-fetch-site": "cross-site" });
    await expect(signIn({ email: analyst.email, password: analyst.password }, await headers())).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("signOut and password change", () => {
  beforeEach(() => freshRequest());

  it("deletes the session, so the old cookie is rejected afterwards", async () => {
    const analyst = await createTestAccount(db, "analyst");
    setRequest({ cookies: analyst.cookies });
    await signOut();
    expect(await db.session.count({ where: { userId: analyst.id } })).toBe(0);
    setRequest({ cookies: analyst.cookies });
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("signs out of every session", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const other = await createTestAccount(db, "viewer");
    await signIn({ email: analyst.email, password: analyst.password }, await headers());
    setRequest({ cookies: analyst.cookies });
    await signOutEverywhere();
    expect(await db.session.count({ where: { userId: analyst.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: other.id } })).toBe(1);
  });

  it("changes the password with the current one, ends other sessions and keeps this one", async () => {
    const analyst = await createTestAccount(db, "analyst", { mustChangePassword: true });
    freshRequest();
    await signIn({ email: analyst.email, password: analyst.password }, await headers());
    const elsewhere = currentCookies();
    setRequest({ cookies: analyst.cookies });
    await expect(
      changePassword({ currentPassword: "wrong current password", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
    ).rejects.toMatchObject({ code: "validation", fieldErrors: { currentPassword: expect.any(Array) } });
    await changePassword({ currentPassword: analyst.password, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" });
    await expect(getCurrentUser()).resolves.toMatchObject({ id: analyst.id });
    expect(await db.session.count({ where: { userId: analyst.id } })).toBe(1);
    setRequest({ cookies: elsewhere });
    await expect(getCurrentUser()).resolves.toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: analyst.id }, select: { mustChangePassword: true } });
    expect(user.mustChangePassword).toBe(false);
    const credential = await db.account.findFirstOrThrow({ where: { userId: analyst.id }, select: { password: true } });
    expect(credential.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const events = await db.authEvent.findMany({ where: { subjectId: analyst.id }, select: { detail: true, email: true } });
    expect(JSON.stringify(events)).not.toContain("a brand new passphrase");
  });
});
