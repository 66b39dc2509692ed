import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
// better-auth's nextCookies plugin imports the ".js" specifier.
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest, currentCookies, headers } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { signIn, INVALID_CREDENTIALS, DEACTIVATED } = await import("@/lib/auth/sign-in/sign-in");
const { signOut, signOutEverywhere, changePassword } = await import("@/lib/auth/sign-in/account");
const { getCurrentUser } = await import("@/lib/auth/current-user");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { sessionCookieName } = await import("@/lib/auth/cookie-config");
const { ACCOUNT_SLOWDOWN_AFTER, ADDRESS_MAX_FAILURES, MAX_PAIR_WAIT_MS, PAIR_FREE_FAILURES, attemptFailed, attemptSucceeded, beginAttempt, pairWaitMs } =
  await import("@/lib/auth/internal/sign-in/throttle");
const { UNKNOWN_ADDRESS } = await import("@/lib/auth/internal/http/client-address");
const { deviceCookieName } = await import("@/lib/auth/internal/sign-in/device-cookie");

// With no trusted proxy (the default) every caller's address is UNKNOWN_ADDRESS; the header the
// mock sends is ignored. Tests that need distinct addresses call the throttle with explicit ones.
function freshRequest(extra: Record<string, string> = {}) {
  setRequest({ headers: { ...extra } });
}

/** One failed guess, as signIn records it, from an explicit address, at `now`. */
async function failFrom(email: string, address: string, device?: string, now?: Date) {
  const ticket = await beginAttempt(email, { address, device }, now);
  if ("throttled" in ticket) return "throttled";
  await attemptFailed();
  return "counted";
}

// A clock the slowed sign-ins read instead of the machine's: a wait is sat out by moving it, and no
// assertion depends on how fast this machine runs. It only moves forward.
let clock = Date.now();
const at = () => new Date(clock);

function secondsToWait(outcome: unknown): number {
  const seconds = (outcome as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof seconds !== "number") throw new Error(`not told how long to wait: ${JSON.stringify(outcome)}`);
  return seconds;
}

/** Wrong passwords through signIn from this browser until `count` were judged, sitting out each wait it is told. */
async function failUntilJudged(email: string, count: number): Promise<number> {
  let judged = 0;
  for (let attempt = 0; judged < count && attempt < count * 2; attempt += 1) {
    const outcome = await signIn({ email, password: `wrong password ${attempt}` }, await headers(), at());
    if (outcome.status !== "refused") throw new Error(`a wrong password was accepted: ${JSON.stringify(outcome)}`);
    if (outcome.code === "throttled") clock += secondsToWait(outcome) * 1000;
    else if (outcome.message === INVALID_CREDENTIALS) judged += 1;
  }
  return judged;
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

  it("after five wrong passwords from a new browser, a browser that signed in before gets in at once, and the new one is told how long to wait", async () => {
    const viewer = await createTestAccount(db, "viewer");
    await expect(signIn({ email: viewer.email, password: viewer.password }, await headers())).resolves.toMatchObject({ status: "signed-in" });
    const knownBrowser = currentCookies()[deviceCookieName()]!;

    freshRequest();
    expect(await failUntilJudged(viewer.email, 5)).toBe(5);
    // A forged X-Forwarded-For changes nothing: it is not trusted without a proxy.
    freshRequest({ "x-forwarded-for": "203.0.113.99" });
    const throttledEvents = () => db.authEvent.count({ where: { subjectId: viewer.id, kind: "SIGN_IN_THROTTLED" } });
    const before = await throttledEvents();
    const refused = await signIn({ email: viewer.email, password: viewer.password }, await headers(), at());
    expect(refused).toMatchObject({ status: "refused", code: "throttled", message: "Too many failed sign-ins. Wait 4 seconds, then try again." });
    expect(await throttledEvents()).toBe(before + 1);

    setRequest({ cookies: { [deviceCookieName()]: knownBrowser } });
    await expect(signIn({ email: viewer.email, password: viewer.password }, await headers(), at())).resolves.toMatchObject({ status: "signed-in", userId: viewer.id });

    // The new browser waits the seconds it was told, not ten minutes.
    freshRequest();
    clock += secondsToWait(refused) * 1000;
    await expect(signIn({ email: viewer.email, password: viewer.password }, await headers(), at())).resolves.toMatchObject({ status: "signed-in", userId: viewer.id });
  });

  it("makes the next attempt wait after each failure beyond the third, doubling, and judges it once the wait is over", async () => {
    const email = `slowed-${crypto.randomUUID()}@test.parley.example`;
    const source = { address: "203.0.113.20" };
    let clock = Date.now();
    const waits: number[] = [];
    for (let failure = 1; failure <= 9; failure += 1) {
      let ticket = await beginAttempt(email, source, new Date(clock));
      if ("throttled" in ticket) {
        waits.push(ticket.retryAfterMs);
        // Asking again too early is refused without counting: the wait does not move.
        const early = await beginAttempt(email, source, new Date(clock + ticket.retryAfterMs - 1));
        expect(early).toEqual({ throttled: true, retryAfterMs: 1 });
        clock += ticket.retryAfterMs;
        ticket = await beginAttempt(email, source, new Date(clock));
      } else {
        waits.push(0);
      }
      expect("throttled" in ticket, `failure ${failure} is judged after its wait`).toBe(false);
    }
    expect(waits).toEqual([0, 0, 0, 0, 2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(pairWaitMs(40)).toBe(MAX_PAIR_WAIT_MS);
  });

  it("forgives a browser's failures once it signs in: the next wrong password is judged at once and the wait starts over", async () => {
    const analyst = await createTestAccount(db, "analyst");
    expect(await failUntilJudged(analyst.email, 5)).toBe(5);
    const refused = await signIn({ email: analyst.email, password: analyst.password }, await headers(), at());
    expect(refused).toMatchObject({ code: "throttled", retryAfterSeconds: 4 });
    clock += secondsToWait(refused) * 1000;
    await expect(signIn({ email: analyst.email, password: analyst.password }, await headers(), at())).resolves.toMatchObject({ status: "signed-in" });

    freshRequest();
    for (let i = 0; i <= PAIR_FREE_FAILURES; i += 1) {
      await expect(signIn({ email: analyst.email, password: `a typo ${i}` }, await headers(), at())).resolves.toEqual({ status: "refused", message: INVALID_CREDENTIALS });
    }
    // The wait starts over at the first step (2 s), not where the earlier failures had taken it.
    await expect(signIn({ email: analyst.email, password: analyst.password }, await headers(), at())).resolves.toMatchObject({ code: "throttled", retryAfterSeconds: 2 });
  });

  it("slows the (account, address) pair, not the account: the owner elsewhere is not slowed while an attacker hammers", async () => {
    const admin = await createTestAccount(db, "admin");
    const attacker = "203.0.113.66";
    const outcomes = [];
    for (let i = 0; i < 30; i += 1) outcomes.push(await failFrom(admin.email, attacker, undefined, at()));
    expect(outcomes.filter((outcome) => outcome === "counted")).toHaveLength(PAIR_FREE_FAILURES + 1);
    // The owner, from their own address, is not slowed...
    const owner = await beginAttempt(admin.email, { address: "198.51.100.7" }, at());
    expect("throttled" in owner).toBe(false);
    await attemptSucceeded(owner as { accountKey: string; bucket: string });
    // ...and the attacker still waits after the owner's success.
    expect(await failFrom(admin.email, attacker, undefined, at())).toBe("throttled");
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
      await signIn({ email: admin.email, password: `attacker guess ${i}` }, await headers(), at());
    }
    freshRequest();
    await expect(signIn({ email: admin.email, password: admin.password }, await headers(), at())).resolves.toMatchObject({ code: "throttled" });

    // The owner's browser presents its device cookie and gets in.
    setRequest({ cookies: { [deviceCookieName()]: ownersBrowser[deviceCookieName()]! } });
    await expect(signIn({ email: admin.email, password: admin.password }, await headers(), at())).resolves.toMatchObject({ status: "signed-in", userId: admin.id });
    // A device cookie made for another account is worth nothing here.
    const other = await createTestAccount(db, "viewer");
    setRequest({ cookies: { [deviceCookieName()]: ownersBrowser[deviceCookieName()]! } });
    await expect(signIn({ email: other.email, password: "wrong" + other.password }, await headers())).resolves.toMatchObject({ message: INVALID_CREDENTIALS });
  });

  it("slows an account down once failures from many addresses pass the account threshold; known devices are exempt", async () => {
    const analyst = await createTestAccount(db, "analyst");
    for (let i = 0; i < ACCOUNT_SLOWDOWN_AFTER; i += 1) expect(await failFrom(analyst.email, `10.1.${Math.floor(i / 250)}.${i % 250}`, undefined, at())).toBe("counted");
    expect(await failFrom(analyst.email, "10.9.9.9", undefined, at())).toBe("throttled");
    expect(await failFrom(analyst.email, "10.9.9.9", "a-known-device-id-0001", at())).toBe("counted");
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
    expect(checked.length).toBeLessThanOrEqual(PAIR_FREE_FAILURES + 1);
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
  it("keeps in the attempts table no text typed into the email box that is not an account's email, yet still counts it", async () => {
    freshRequest();
    await db.signInAttempt.deleteMany(); // Only this test's rows, to count them.
    const typedPassword = "Another Secret Passphrase 2026";
    const unknownEmail = "not-an-account@test.parley.example";
    const analyst = await createTestAccount(db, "analyst");
    for (const email of [typedPassword, typedPassword, unknownEmail, analyst.email]) {
      await signIn({ email, password: "whatever it was" }, await headers());
    }
    const rows = await db.signInAttempt.findMany({ select: { accountKey: true, address: true } });
    const stored = JSON.stringify(rows).toLowerCase();
    expect(stored).not.toContain(typedPassword.toLowerCase());
    expect(stored).not.toContain(unknownEmail);
    expect(rows.map((row) => row.accountKey)).toContain(analyst.email);
    // A keyed hash: the same text twice is one key, so its guesses still add up.
    const typedKeys = rows.filter((row) => row.accountKey.startsWith("hmac:"));
    expect(new Set(typedKeys.map((row) => row.accountKey)).size).toBe(2);
    expect(typedKeys).toHaveLength(3);
  });


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
