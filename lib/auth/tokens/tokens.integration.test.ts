import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { createApiToken, revokeApiToken } = await import("@/lib/auth/tokens/mutations");
const { listAllApiTokens, listOwnApiTokens } = await import("@/lib/auth/tokens/queries");
const { authenticateBearer } = await import("@/lib/auth/tokens/authenticate");
const { runAsTokenCaller } = await import("@/lib/auth/tokens/caller-context");
const { hashTokenSecret } = await import("@/lib/auth/tokens/secret");

async function signedIn(role: "viewer" | "analyst" | "admin") {
  const account = await createTestAccount(db, role);
  setRequest({ cookies: account.cookies });
  return account;
}

describe("personal access tokens", () => {
  it("are shown once and stored only as a hash, with an audit row", async () => {
    const account = await signedIn("viewer");
    const created = await createApiToken({ name: "Notebook", scope: "read", expiresInDays: "7" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretHash).toBe(hashTokenSecret(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    expect(row.scopes).toEqual(["read"]);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);
    const listed = await listOwnApiTokens();
    expect(listed).toEqual([expect.objectContaining({ id: created.id, state: "active", prefix: created.secret.slice(0, 12) })]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(await db.authEvent.count({ where: { kind: "API_TOKEN_CREATED", actorId: account.id } })).toBe(1);
    expect(await authenticateBearer(`Bearer ${created.secret}`)).toMatchObject({ tokenId: created.id, scopes: ["read"], user: { id: account.id } });
  });

  it("are revoked by their owner or an admin; to anyone else another's token does not exist", async () => {
    await signedIn("analyst");
    const token = await createApiToken({ name: "BI", scope: "write", expiresInDays: "30" });
    await signedIn("analyst");
    await expect(revokeApiToken(token.id)).rejects.toMatchObject({ code: "not_found" });
    await signedIn("admin");
    expect((await listAllApiTokens()).some((item) => item.id === token.id && item.owner !== undefined)).toBe(true);
    await revokeApiToken(token.id);
    expect(await authenticateBearer(`Bearer ${token.secret}`)).toBe("invalid");
    await signedIn("viewer");
    await expect(listAllApiTokens()).rejects.toMatchObject({ code: "forbidden" });
  });

  it("cannot be made or listed through a token", async () => {
    const account = await signedIn("admin");
    const caller = { tokenId: crypto.randomUUID(), scopes: ["read" as const, "write" as const], user: { id: account.id, name: "x", email: account.email, role: "admin" as const }, lastUsedAt: null };
    await expect(runAsTokenCaller(caller, () => createApiToken({ name: "Longer", scope: "write", expiresInDays: "365" }))).rejects.toMatchObject({ code: "forbidden" });
    await expect(runAsTokenCaller(caller, () => listOwnApiTokens())).rejects.toMatchObject({ code: "forbidden" });
  });
});
