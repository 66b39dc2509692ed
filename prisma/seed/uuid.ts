import { randomBytes } from "node:crypto";

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/**
 * Makes UUIDv7 ids (RFC 9562) in JavaScript, so bulk loads can write rows that reference each
 * other without a round trip. Ids are strictly increasing: a 12-bit counter follows the
 * millisecond, and when it runs out the clock is moved on by one, as the RFC allows.
 */
export function createUuidV7Generator(
  options: { startMs?: number; random32?: () => number } = {},
): () => string {
  let ms = options.startMs ?? Date.now();
  let counter = 0;
  const random32 = options.random32 ?? cryptoRandom32();
  return () => {
    if (counter > 0xfff) {
      ms += 1;
      counter = 0;
    }
    const now = options.startMs === undefined ? Date.now() : ms;
    if (now > ms) {
      ms = now;
      counter = 0;
    }
    const bytes = new Uint8Array(16);
    // 48-bit big-endian milliseconds; two steps because bit operators work on 32 bits.
    const high = Math.floor(ms / 2 ** 32);
    const low = ms >>> 0;
    bytes[0] = (high >>> 8) & 0xff;
    bytes[1] = high & 0xff;
    bytes[2] = low >>> 24;
    bytes[3] = (low >>> 16) & 0xff;
    bytes[4] = (low >>> 8) & 0xff;
    bytes[5] = low & 0xff;
    bytes[6] = 0x70 | (counter >>> 8);
    bytes[7] = counter & 0xff;
    counter += 1;
    const a = random32();
    const b = random32();
    bytes[8] = 0x80 | ((a >>> 24) & 0x3f);
    bytes[9] = (a >>> 16) & 0xff;
    bytes[10] = (a >>> 8) & 0xff;
    bytes[11] = a & 0xff;
    bytes[12] = b >>> 24;
    bytes[13] = (b >>> 16) & 0xff;
    bytes[14] = (b >>> 8) & 0xff;
    bytes[15] = b & 0xff;
    let out = "";
    for (let i = 0; i < 16; i += 1) {
      out += HEX[bytes[i]!];
      if (i === 3 || i === 5 || i === 7 || i === 9) out += "-";
    }
    return out;
  };
}

function cryptoRandom32(): () => number {
  let pool = randomBytes(4096);
  let offset = 0;
  return () => {
    if (offset + 4 > pool.length) {
      pool = randomBytes(4096);
      offset = 0;
    }
    const value = pool.readUInt32BE(offset);
    offset += 4;
    return value;
  };
}

/** One UUIDv7 for code that creates a single row by hand (seed scripts, factories). */
export const uuidv7 = createUuidV7Generator();
