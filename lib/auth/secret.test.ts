import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fakeEnv: Record<string, string | undefined> = {};
vi.mock("@/lib/env", () => ({ env: fakeEnv }));
const { assertAuthSecretConfigured, configuredAuthSecret, loadAuthSecret, MISSING_PRODUCTION_SECRET } = await import("@/lib/auth/secret");

const KEY = "k".repeat(20) + "0123456789abcdefghij";

describe("the auth secret", () => {
  beforeEach(() => {
    for (const key of Object.keys(fakeEnv)) delete fakeEnv[key];
  });

  it("refuses to run in production without PARLEY_AUTH_SECRET or a secret file, saying what to set", async () => {
    fakeEnv.NODE_ENV = "production";
    expect(() => assertAuthSecretConfigured()).toThrow(MISSING_PRODUCTION_SECRET);
    // Never falls back to a key kept in the database it protects.
    const db = { appSecret: { createMany: vi.fn(), findUniqueOrThrow: vi.fn() } };
    await expect(loadAuthSecret(db as never)).rejects.toThrow(/PARLEY_AUTH_SECRET/u);
    expect(db.appSecret.createMany).not.toHaveBeenCalled();
  });

  it("takes the key from PARLEY_AUTH_SECRET, or the first line of PARLEY_AUTH_SECRET_FILE", () => {
    fakeEnv.NODE_ENV = "production";
    fakeEnv.PARLEY_AUTH_SECRET = KEY;
    expect(configuredAuthSecret()).toBe(KEY);
    delete fakeEnv.PARLEY_AUTH_SECRET;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "parley-secret-")), "auth");
    writeFileSync(file, `${KEY}\n`);
    fakeEnv.PARLEY_AUTH_SECRET_FILE = file;
    expect(configuredAuthSecret()).toBe(KEY);
    expect(() => assertAuthSecretConfigured()).not.toThrow();
  });

  it("refuses a short key in the file and an unreadable file", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "parley-secret-")), "auth");
    writeFileSync(file, "too short\n");
    fakeEnv.PARLEY_AUTH_SECRET_FILE = file;
    expect(() => configuredAuthSecret()).toThrow(/at least 32/u);
    fakeEnv.PARLEY_AUTH_SECRET_FILE = `${file}.missing`;
    expect(() => configuredAuthSecret()).toThrow(/cannot be read/u);
  });

  it("in development, without configuration, keeps a generated key in PostgreSQL", async () => {
    fakeEnv.NODE_ENV = "development";
    const db = { appSecret: { createMany: vi.fn(), findUniqueOrThrow: vi.fn().mockResolvedValue({ value: "from the database" }) } };
    await expect(loadAuthSecret(db as never)).resolves.toBe("from the database");
  });
});
