import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
// better-auth's nextCookies plugin imports the ".js" specifier.
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { getCurrentUser, requireRole, requireUser } = await import("@/lib/auth/current-user");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { sessionCookieName } = await import("@/lib/auth/cookie-config");

afterAll(() => vi.useRealTimers());

describe("getCurrentUser", () => {
  beforeEach(() => setRequest());

  it("is null without a session cookie", async () => {
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("reads the user and role from a real session", async () => {
    const analyst = await createTestAccount(db, "analyst");
    setRequest({ cookies: analyst.cookies });
    await expect(getCurrentUser()).resolves.toEqual({
      id: analyst.id,
      email: analyst.email,
      name: "Test analyst",
      role: "analyst",
    });
  });

  it("rejects a cookie whose signature was tampered with", async () => {
    const analyst = await createTestAccount(db, "analyst");
    const [name, value] = Object.entries(analyst.cookies)[0]!;
    setRequest({ cookies: { [name]: value.replace(/^./, (c) => (c === "a" ? "b" : "a")) } });
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("sees a role change and a deactivation on the very next call", async () => {
    const analyst = await createTestAccount(db, "analyst");
    setRequest({ cookies: analyst.cookies });
    await expect(requireRole("analyst")).resolves.toMatchObject({ id: analyst.id });
    await db.user.update({ where: { id: analyst.id }, data: { role: "viewer" } });
    await expect(requireRole("analyst")).rejects.toMatchObject({ code: "forbidden" });
    await db.user.update({ where: { id: analyst.id }, data: { banned: true } });
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("ends a session left idle longer than the idle timeout and deletes it", async () => {
    const viewer = await createTestAccount(db, "viewer");
    setRequest({ cookies: viewer.cookies });
    await db.session.updateMany({ where: { userId: viewer.id }, data: { updatedAt: new Date(Date.now() - 61 * 60_000) } });
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(db.session.count({ where: { userId: viewer.id } })).resolves.toBe(0);
  });

  it("ends a session past its absolute lifetime even if it was used a moment ago", async () => {
    const viewer = await createTestAccount(db, "viewer");
    setRequest({ cookies: viewer.cookies });
    await db.session.updateMany({
      where: { userId: viewer.id },
      data: { createdAt: new Date(Date.now() - 13 * 3_600_000), updatedAt: new Date() },
    });
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("records use, so an active session stays alive", async () => {
    const viewer = await createTestAccount(db, "viewer");
    setRequest({ cookies: viewer.cookies });
    const old = new Date(Date.now() - 30 * 60_000);
    await db.session.updateMany({ where: { userId: viewer.id }, data: { updatedAt: old } });
    await expect(getCurrentUser()).resolves.not.toBeNull();
    const session = await db.session.findFirstOrThrow({ where: { userId: viewer.id }, select: { updatedAt: true } });
    expect(session.updatedAt.getTime()).toBeGreaterThan(old.getTime());
  });

  it("keeps an account with a temporary password out of the data layer", async () => {
    const analyst = await createTestAccount(db, "analyst", { mustChangePassword: true });
    setRequest({ cookies: analyst.cookies });
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("uses the __Secure- cookie name only when cookies are secure", () => {
    expect(sessionCookieName(true)).toBe("__Secure-parley.session_token");
    expect(sessionCookieName(false)).toBe("parley.session_token");
  });
});
