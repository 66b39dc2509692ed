import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/database/client";
import { env } from "@/lib/env";

const SECRET_NAME = "auth";

/**
 * The key that signs session cookies. Every app instance must use the same one, so it comes from
 * PARLEY_AUTH_SECRET or, when that is unset, from PostgreSQL, where the first instance to ask
 * stores a random 256-bit key (concurrent first starts agree through the primary key).
 */
export async function loadAuthSecret(db: Database): Promise<string> {
  if (env.PARLEY_AUTH_SECRET) return env.PARLEY_AUTH_SECRET;
  await db.appSecret.createMany({
    data: [{ name: SECRET_NAME, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.appSecret.findUniqueOrThrow({ where: { name: SECRET_NAME }, select: { value: true } });
  return row.value;
}
