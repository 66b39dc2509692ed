import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id at OWASP's recommended floor (m = 19 MiB, t = 2, p = 1): about 15 ms per hash on our
 * 2-core machines, so sign-in stays quick while a stolen hash costs an attacker real memory.
 * The parameters are stored in each hash, so raising them later keeps old hashes verifiable.
 * (`Algorithm` is an ambient const enum that isolatedModules rejects; argon2id is the default.)
 */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for anything that is not an argon2id hash (fails closed). */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  if (!stored.startsWith("$argon2id$")) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
