import { createHash, randomBytes } from "node:crypto";

/** Every token starts so: secret scanners and people can tell a Parley token from other strings. */
export const TOKEN_PREFIX = "parley_";

/** A fresh secret: 32 random bytes (256 bits), base64url, after the prefix. */
export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/**
 * What is stored and looked up: the secret's SHA-256, in hex. A slow password hash (argon2id, as
 * for passwords) guards low-entropy secrets people choose; this secret is 256 random bits, so no
 * guessing attack can walk its space and a fast hash is as strong, while letting every API
 * request find its token by an index lookup instead of hashing against each row (decision 0040).
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The first characters shown in lists to tell tokens apart (12 of 50; far too few to guess the rest). */
export function visiblePrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 5);
}
