import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers-mock"));
// better-auth's nextCookies plugin imports the ".js" specifier.
vi.mock("next/headers.js", () => import("@/lib/auth/testing/next-headers-mock"));

const { setRequest, currentCookies, headers } = await import("@/lib/auth/testing/next-headers-mock");
const { db } = await import("@/lib/db");
const { signIn, INVALID_CREDENTIALS, THROTTLED, DEACTIVATED } = await import("@/lib/auth/sign-in/sign-in");
const { signOut, signOutEverywhere, changePassword } = await import("@/lib/auth/sign-in/account");
const { getCurrentUser } = await import("@/lib/auth/current-user");
const { createTestAccount } = await import("@/lib/auth/testing/users");
const { sessionCookieName } = await import("@/lib/auth/cookie-config");
const { WINDOW_MS, ACCOUNT_SLOWDOWN_AFTER, ADDRESS_MAX_FAILURES, PAIR_MAX_FAILURES, attemptFailed, beginAttempt } = await import("@/lib/auth/sign-in/throttle");
const { UNKNOWN_ADDRESS } = await import("@/lib/auth/http/client-address");
const { deviceCookieName } = await import("@/lib/auth/sign-in/device-cookie");

// With no trusted proxy (the default) every caller's address is UNKNOWN_ADDRESS; the header the
// mock sends is ignored. Tests that need distinct addresses call the throttle with explicit ones.
function freshRequest(extra: Record<string, string> = {}) {
  setRequest({ headers: { ...extra } });
}

/** One failed guess, as signIn records it, from an explicit address. */
async function failFrom(email: string, address: string, device?: string) {
  const ticket = await beginAttempt(email, { address, device });
  if ("throttled" in ticket) return "throttled";
  await attemptFailed();
  return "counted";
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
    // Without a trusted proxy the address is not known, and a forged header is not taken for it.
    expect(event.address).toBe(UNKNOWN_ADDRESS);
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
    // A forged X-Forwarded-For changes nothing: it is not trusted without a proxy.
    freshRequest({ "x-forwarded-for": "203.0.113.99" });
    await expect(signIn({ email: viewer.email, password: viewer.password }, await headers())).resolves.toEqual({ status: "refused", message: THROTTLED, code: "throttled" });
    expect(await db.authEvent.count({ where: { subjectId: viewer.id, kind: "SIGN_IN_THROTTLED" } })).toBe(1);

    await db.signInAttempt.updateMany({ where: { accountKey: viewer.email }, data: { createdAt: new Date(Date.now() - WINDOW_MS - 1000) } });
    await expect(signIn({ email: viewer.email, password: viewer.password }, await headers())).resolves.toMatchObject({ status: "signed-in" });
  });

  it("locks the (account, address) pair, not the account: the owner's device elsewhere still signs in while an attacker hammers", async () => {
    const admin = await createTestAccount(db, "admin");
    const attacker = "203.0.113.66";
    const outcomes = [];
    for (let i = 0; i < 30; i += 1) outcomes.push(await failFrom(admin.email, attacker));
    expect(outcomes.filter((outcome) => outcome === "counted")).toHaveLength(PAIR_MAX_FAILURES);
    // The owner, from their own address, is not throttled...
    const owner = await beginAttempt(admin.email, { address: "198.51.100.7" });
    expect("throttled" in owner).toBe(false);
    // ...and the attacker is still locked out after the owner's success.
    expect(await failFrom(admin.email, attacker)).toBe("throttled");
  });

  it("without a trusted proxy, a browser that signed in before keeps signing in while an attacker hammers the account", async () => {
    const admin = await createTestAccount(db, "admin");
    freshRequest();
    await expect(signIn({ email: admin.email, password: admin.password }, await headers())).resolves.toMatchObject({ status: "signed-in" });
    const ownersBrowser = currentCookies();
    expect(ownersBrowser[deviceCookieName()]).toBeTruthy();

    // The attacker (no device cookie; the same "direct" address as everyone) hammers the account.
    for (let i = 0; i < 12; i += 1) {
      freshRequest({ "x-forwarded-for": `198.51.100.${i}` });
      await signIn({ email: admin.email, password: `attacker guess ${i}` }, await headers());
    }
    freshRequest();
    await expect(signIn({ email: admin.email, password: admin.password }, await headers())).resolves.toMatchObject({ code: "throttled" });

    // The owner's browser presents its device cookie and gets in.
    setRequest({ cookies: { [deviceCookieName()]: ownersBrowser[deviceCookieName()]! } });
    await expect(signIn({ email: admin.email, password: admin.password }, await headers())).resolves.toMatchObject({ status: "signed-in", userId: admin.id });
    // A device cookie made for another account is worth nothing here.
    const other = await createTestAccount(db, "viewer");
    setRequest({ cookies: { [deviceCookieName()]: ownersBrowser[deviceCookieName()]! } });
    await expect(signIn({ email: other.email, password: "wrong" + other.password }, await headers())).resolves.toMatchObject({ message: INVALID_CREDENTIALS });
  });

  it("slows an account down once failures from many addresses pass the account threshold; known devices are exempt", async () => {
    const analyst = await createTestAccount(db, "analyst");
    for (let i = 0; i < ACCOUNT_SLOWDOWN_AFTER; i += 1) expect(await failFrom(analyst.email, `10.1.${Math.floor(i / 250)}.${i % 250}`)).toBe("counted");
    expect(await failFrom(analyst.email, "10.9.9.9")).toBe("throttled");
    expect(await failFrom(analyst.email, "10.9.9.9", "a-known-device-id-0001")).toBe("counted");
  });

  it("throttles an address that fails on many accounts, but never the shared unknown address", async () => {
    const sprayer = "203.0.113.50";
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i += 1) expect(await failFrom(`spray-${i}@test.parley.example`, sprayer)).toBe("counted");
    expect(await failFrom("one-more@test.parley.example", sprayer)).toBe("throttled");
    for (let i = 0; i < ADDRESS_MAX_FAILURES + 1; i += 1) expect(await failFrom(`direct-${i}@test.parley.example`, UNKNOWN_ADDRESS)).toBe("counted");
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

describe("an attacker hammering sign-in", () => {
  it("does not stop the signed-in owner from changing their password", async () => {
    const analyst = await createTestAccount(db, "analyst");
    for (let i = 0; i < 8; i += 1) {
      freshRequest();
      await signIn({ email: analyst.email, password: `attacker guess ${i}` }, await headers());
    }
    setRequest({ cookies: analyst.cookies });
    await expect(
      changePassword({ currentPassword: analyst.password, newPassword: "the owner's new passphrase", confirmPassword: "the owner's new passphrase" }),
    ).resolves.toBeUndefined();
  });
});

describe("what a failed sign-in leaves behind", () => {
  it("keeps no text typed into the email box unless it is an email address", async () => {
    freshRequest();
    const typedPassword = "my secret passphrase 2026";
    await signIn({ email: typedPassword, password: "whatever it was" }, await headers());
    await signIn({ email: "former.colleague@test.parley.example", password: "whatever it was" }, await headers());
    const events = await db.authEvent.findMany({ where: { kind: "SIGN_IN_FAILED" }, select: { email: true, detail: true } });
    expect(JSON.stringify(events)).not.toContain(typedPassword);
    expect(events.map((event) => event.email)).toContain("former.colleague@test.parley.example");
  });
});
