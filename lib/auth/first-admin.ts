/**
 * Creates the first admin on a database with no users (printed once, or from
 * PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD). PLACEHOLDER until the sign-in work lands.
 */
export async function ensureFirstAdmin(
  _url: string,
  _options: { log: (line: string) => void; production: boolean },
): Promise<void> {}
