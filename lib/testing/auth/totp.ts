import { createHmac } from "node:crypto";

/**
 * RFC 6238 time-based codes (HMAC-SHA1, 30-second steps, 6 digits) computed from the Base32 key
 * that Parley shows — what an authenticator app does. Written here with node:crypto rather than
 * borrowed from better-auth, so the tests also prove that a real app would accept the key.
 */
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function decodeBase32(key: string): Buffer {
  const clean = key.replace(/[\s=-]/gu, "").toUpperCase();
  let bits = "";
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value === -1) throw new Error(`Not a Base32 key: unexpected "${char}".`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = bits.match(/.{8}/gu) ?? [];
  return Buffer.from(bytes.map((byte) => Number.parseInt(byte, 2)));
}

/** The code for the 30-second step that contains `at`; `stepOffset` moves to an earlier or later step. */
export function totpCode(key: string, at = Date.now(), stepOffset = 0): string {
  const counter = Math.floor(at / 30_000) + stepOffset;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", decodeBase32(key)).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, "0");
}

/** A well-formed code that is not valid now nor in the steps a verifier tolerates around now. */
export function wrongTotpCode(key: string, at = Date.now()): string {
  const near = new Set([-2, -1, 0, 1, 2].map((offset) => totpCode(key, at, offset)));
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, "0");
    if (!near.has(code)) return code;
  }
}
