import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { verifyPassword } from "@/lib/auth/sign-in/password";

describe("ensureFirstAdmin", () => {
  it("creates one admin with a printed password once, however many instances start together", async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await Promise.all([
      ensureFirstAdmin(requireDatabaseUrl(), { log, production: true }),
      ensureFirstAdmin(requireDatabaseUrl(), { log, production: true }),
    ]);
    const users = await db.user.findMany({ select: { email: true, role: true, mustChangePassword: true, accounts: { select: { password: true } } } });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ role: "admin", mustChangePassword: true });
    const printed = lines.join("\n").match(/password (\S+)/u)?.[1];
    expect(printed).toBeTruthy();
    await expect(verifyPassword({ hash: users[0]!.accounts[0]!.password!, password: printed! })).resolves.toBe(true);
    // No demo accounts in production mode.
    expect(lines.join("\n")).not.toContain("DEMO");

    await ensureFirstAdmin(requireDatabaseUrl(), { log, production: false });
    expect(await db.user.count()).toBe(1);
    expect(lines).toHaveLength(1);
  });
});
