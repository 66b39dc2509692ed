import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest, headers } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { getSignedInAccount } = await import("@/lib/auth/sessions/session");
const { signIn, TEMPORARY_PASSWORD_EXPIRED } = await import("@/lib/auth/sign-in/sign-in");
const { createUser, resetUserPassword, resetUserTwoFactor, unsafeChangeUserRoleAs, unsafeDeactivateUserAs, LAST_ADMIN } = await import(
  "@/lib/auth/users/mutations"
);

const HOUR = 3_600_000;
const as = (id: string) => ({ admin: { id }, address: "direct", userAgent: "vitest" });

describe("temporary passwords", () => {
  it("expire 72 hours after an admin makes them, on creation and on reset", async () => {
    const admin = await createTestAccount(db, "admin");
    setRequest({ cookies: admin.cookies });
    const before = Date.now();
    const { id } = await createUser({ name: "Tessa Temporary", email: `tessa-${crypto.randomUUID()}@test.parley.example`, role: "analyst" });
    const created = await db.user.findUniqueOrThrow({ where: { id }, select: { temporaryPasswordExpiresAt: true } });
    expect(created.temporaryPasswordExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + 72 * HOUR);
    expect(created.temporaryPasswordExpiresAt!.getTime()).toBeLessThan(Date.now() + 72 * HOUR + 1000);

    await db.user.update({ where: { id }, data: { temporaryPasswordExpiresAt: null } });
    setRequest({ cookies: admin.cookies });
    await resetUserPassword({ userId: id });
    const reset = await db.user.findUniqueOrThrow({ where: { id }, select: { temporaryPasswordExpiresAt: true } });
    expect(reset.temporaryPasswordExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + 72 * HOUR);
  });

  it("no longer sign in once expired, and a session made with one ends; the message says why", async () => {
    const analyst = await createTestAccount(db, "analyst", { mustChangePassword: true });
    await db.user.update({ where: { id: analyst.id }, data: { temporaryPasswordExpiresAt: new Date(Date.now() - 1000) } });
    setRequest();
    await expect(signIn({ email: analyst.email, password: analyst.password }, await headers())).resolves.toEqual({ status: "refused", message: TEMPORARY_PASSWORD_EXPIRED });
    expect(await db.session.count({ where: { userId: analyst.id, token: { not: "" } } })).toBe(1); // only the test's own session
    setRequest({ cookies: analyst.cookies });
    await expect(getSignedInAccount()).resolves.toBeNull();

    // Before the expiry it works (and must be replaced).
    await db.user.update({ where: { id: analyst.id }, data: { temporaryPasswordExpiresAt: new Date(Date.now() + HOUR) } });
    setRequest();
    await expect(signIn({ email: analyst.email, password: analyst.password }, await headers())).resolves.toMatchObject({ status: "signed-in" });
  });
});

describe("resetting a lost authenticator", () => {
  it("removes the key and backup codes, ends the person's sessions and is audited", async () => {
    const admin = await createTestAccount(db, "admin");
    const analyst = await createTestAccount(db, "analyst");
    await db.twoFactor.create({ data: { id: crypto.randomUUID(), userId: analyst.id, secret: "x", backupCodes: "y", verified: true } });
    await db.user.update({ where: { id: analyst.id }, data: { twoFactorEnabled: true } });

    setRequest({ cookies: admin.cookies });
    await resetUserTwoFactor({ userId: analyst.id });
    expect(await db.twoFactor.count({ where: { userId: analyst.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).twoFactorEnabled).toBe(false);
    expect(await db.session.count({ where: { userId: analyst.id } })).toBe(0);
    const event = await db.authEvent.findFirstOrThrow({ where: { kind: "TWO_FACTOR_RESET_BY_ADMIN", subjectId: analyst.id }, select: { actorId: true } });
    expect(event.actorId).toBe(admin.id);
  });

  it("is for admins only, and not on their own account", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const other = await createTestAccount(db, "viewer");
    setRequest({ cookies: analyst.cookies });
    await expect(resetUserTwoFactor({ userId: other.id })).rejects.toMatchObject({ code: "forbidden" });
    const admin = await createTestAccount(db, "admin");
    setRequest({ cookies: admin.cookies });
    await expect(resetUserTwoFactor({ userId: admin.id })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("the last active admin", () => {
  /** Leaves exactly these accounts as the active admins of this test database. */
  async function onlyAdmins(count: number) {
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "viewer" } });
    return Promise.all(Array.from({ length: count }, () => createTestAccount(db, "admin")));
  }
  const activeAdmins = () => db.user.count({ where: { role: "admin", banned: { not: true } } });

  it("survives two admins demoting each other at the same moment: one wins, one is refused", async () => {
    for (let round = 0; round < 5; round += 1) {
      const [a, b] = await onlyAdmins(2);
      const results = await Promise.allSettled([
        unsafeChangeUserRoleAs(as(a!.id), { userId: b!.id, role: "viewer" }),
        unsafeChangeUserRoleAs(as(b!.id), { userId: a!.id, role: "analyst" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "forbidden" } });
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("survives a demotion and a deactivation racing each other", async () => {
    for (let round = 0; round < 5; round += 1) {
      const [a, b] = await onlyAdmins(2);
      const results = await Promise.allSettled([
        unsafeDeactivateUserAs(as(a!.id), { userId: b!.id }),
        unsafeChangeUserRoleAs(as(b!.id), { userId: a!.id, role: "viewer" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("cannot be demoted or deactivated by anyone (a deactivated or demoted admin's old request is refused too)", async () => {
    const [a] = await onlyAdmins(1);
    const demoted = await createTestAccount(db, "viewer");
    await expect(unsafeChangeUserRoleAs(as(demoted.id), { userId: a!.id, role: "viewer" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(unsafeDeactivateUserAs(as(demoted.id), { userId: a!.id })).rejects.toMatchObject({ code: "forbidden" });
    expect(await activeAdmins()).toBe(1);
    expect(LAST_ADMIN).toMatch(/at least one active admin/u);
  });
});
