import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { symmetricDecrypt } from "better-auth/crypto";
import { db } from "@/lib/db";
import { getAuthSecret } from "@/lib/auth/internal/sessions/server";

const PERIOD_MS = 30_000;
// better-auth accepts the step before and after the current one (clock drift); so do we.
const WINDOW = 1;

function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", key).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/** The time step `code` belongs to for this key, within the tolerated window; null if none. */
export function matchingStep(key: Buffer, code: string, now = Date.now()): number | null {
  const current = Math.floor(now / PERIOD_MS);
  for (let offset = -WINDOW; offset <= WINDOW; offset += 1) {
    const expected = Buffer.from(hotp(key, current + offset));
    const given = Buffer.from(code);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return current + offset;
  }
  return null;
}

async function totpKeyOf(userId: string): Promise<Buffer | null> {
  const row = await db.twoFactor.findFirst({ where: { userId }, select: { secret: true } });
  if (!row) return null;
  const secret = await symmetricDecrypt({ key: await getAuthSecret(), data: row.secret });
  // Keys imported from other providers are stored as "base32:<key>"; Parley only makes plain ones.
  if (secret.startsWith("base32:")) throw new Error("Imported base32 TOTP keys are not supported");
  return Buffer.from(secret, "utf8");
}

export type StepClaim = "accepted" | "reused" | "invalid";

/**
 * Accepts a TOTP code at most once (RFC 6238 §5.2): the code's time step must be later than the
 * last one accepted for the account, and is recorded with a conditional UPDATE, so two requests
 * racing with the same code cannot both win. better-auth checks the code's validity but keeps no
 * record of used steps; every path that accepts a code calls this too.
 */
export async function claimTotpStep(userId: string, code: string, now = Date.now()): Promise<StepClaim> {
  const key = await totpKeyOf(userId);
  if (!key) return "invalid";
  const step = matchingStep(key, code, now);
  if (step === null) return "invalid";
  const claimed = await db.$executeRaw`
    UPDATE "twoFactor" SET "lastUsedStep" = ${BigInt(step)}
    WHERE "userId" = ${userId} AND ("lastUsedStep" IS NULL OR "lastUsedStep" < ${BigInt(step)})`;
  return claimed > 0 ? "accepted" : "reused";
}
