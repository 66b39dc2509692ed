import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Database } from "@/lib/database/client";
import { env } from "@/lib/env";

const SECRET_NAME = "auth";
const MIN_LENGTH = 32;

export const MISSING_PRODUCTION_SECRET =
  "PARLEY_AUTH_SECRET (or PARLEY_AUTH_SECRET_FILE) must be set in production: the key that signs " +
  "sessions must not live in the database it protects. Generate one with `openssl rand -base64 48` " +
  "and give the same value to every instance (see the README's \"Secrets\" section).";

/**
 * The key from the environment: PARLEY_AUTH_SECRET, else the first line of PARLEY_AUTH_SECRET_FILE
 * (a Docker/Kubernetes secret mount). Null when neither is set; throws on an unreadable or short one.
 */
export function configuredAuthSecret(): string | null {
  if (env.PARLEY_AUTH_SECRET) return env.PARLEY_AUTH_SECRET;
  if (!env.PARLEY_AUTH_SECRET_FILE) return null;
  let value: string;
  try {
    value = readFileSync(env.PARLEY_AUTH_SECRET_FILE, "utf8").split(/\r?\n/u)[0]?.trim() ?? "";
  } catch (error) {
    throw new Error(`PARLEY_AUTH_SECRET_FILE (${env.PARLEY_AUTH_SECRET_FILE}) cannot be read: ${(error as Error).message}`);
  }
  if (value.length < MIN_LENGTH) throw new Error(`PARLEY_AUTH_SECRET_FILE must hold a key of at least ${MIN_LENGTH} characters.`);
  return value;
}

/** Stops a production server that has no configured key, with a message saying what to do. */
export function assertAuthSecretConfigured(): void {
  if (env.NODE_ENV === "production" && configuredAuthSecret() === null) throw new Error(MISSING_PRODUCTION_SECRET);
}

/**
 * The key that signs session cookies (and encrypts TOTP keys). Every app instance must use the
 * same one. In production it must come from the environment; in development and tests, when
 * unset, the first instance to ask stores a random 256-bit key in PostgreSQL (concurrent first
 * starts agree through the primary key), so a newcomer needs no configuration.
 */
export async function loadAuthSecret(db: Database): Promise<string> {
  assertAuthSecretConfigured();
  const configured = configuredAuthSecret();
  if (configured) return configured;
  await db.appSecret.createMany({
    data: [{ name: SECRET_NAME, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.appSecret.findUniqueOrThrow({ where: { name: SECRET_NAME }, select: { value: true } });
  return row.value;
}
