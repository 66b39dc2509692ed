import { randomBytes, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { ARGON2_OPTIONS } from "@/lib/auth/sign-in/password";
import { signSessionToken } from "@/lib/auth/sessions/sign-token";

/**
 * Direct access to the end-to-end database for fixtures: mint real sessions, make throw-away
 * accounts, and check what the app wrote. Plain `pg` keeps Playwright's process free of Prisma.
 */
let pool: pg.Pool | undefined;

export function database(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run end-to-end tests through `npm run test:e2e`.");
  if (!/@(localhost|127\.0\.0\.1|\[::1\])[:/]/u.test(url)) throw new Error("End-to-end tests refuse a database that is not local.");
  pool ??= new pg.Pool({ connectionString: url, max: 4 });
  return pool;
}

async function authSecret(): Promise<string> {
  if (process.env.PARLEY_AUTH_SECRET) return process.env.PARLEY_AUTH_SECRET;
  const { rows } = await database().query<{ value: string }>(`SELECT "value" FROM "AppSecret" WHERE "name" = 'auth'`);
  if (!rows[0]) throw new Error("No auth secret in the database: e2e/support/prepare-database.ts did not run.");
  return rows[0].value;
}

export async function userIdByEmail(email: string): Promise<string> {
  const { rows } = await database().query<{ id: string }>(`SELECT "id" FROM "user" WHERE "email" = $1`, [email]);
  if (!rows[0]) throw new Error(`No user ${email} in the end-to-end database.`);
  return rows[0].id;
}

/** A real session row for the user, as better-auth creates it, and its signed cookie value. */
export async function createSession(userId: string): Promise<{ token: string; cookieValue: string }> {
  const token = randomBytes(24).toString("base64url");
  await database().query(
    `INSERT INTO "session" ("id", "token", "userId", "expiresAt", "updatedAt") VALUES ($1, $2, $3, now() + interval '12 hours', now())`,
    [randomBytes(24).toString("base64url"), token, userId],
  );
  return { token, cookieValue: signSessionToken(token, await authSecret()) };
}

export async function deleteSessions(tokens: string[]): Promise<void> {
  if (tokens.length > 0) await database().query(`DELETE FROM "session" WHERE "token" = ANY($1)`, [tokens]);
}

export interface ThrowAwayAccount {
  id: string;
  email: string;
  password: string;
  name: string;
}

/** A unique account for a test that changes or locks it; deleted afterwards by the fixture. */
export async function createAccount(role: "admin" | "analyst" | "viewer", label: string): Promise<ThrowAwayAccount> {
  const id = randomUUID();
  const email = `${label}-${id.slice(0, 8)}@e2e.parley.test`;
  const password = `throw-away passphrase ${id}`;
  const name = `E2E ${label}`;
  const client = await database().connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "user" ("id", "email", "name", "role", "emailVerified", "updatedAt") VALUES ($1, $2, $3, $4, true, now())`,
      [id, email, name, role],
    );
    await client.query(
      `INSERT INTO "account" ("id", "accountId", "providerId", "userId", "password", "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`,
      [randomUUID(), id, await hash(password, ARGON2_OPTIONS)],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return { id, email, password, name };
}

export async function deleteAccounts(ids: string[]): Promise<void> {
  if (ids.length > 0) await database().query(`DELETE FROM "user" WHERE "id" = ANY($1)`, [ids]);
}
