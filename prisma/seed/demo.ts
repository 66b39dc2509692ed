/**
 * Loads countries, topics and the five annotated demo meetings into an empty database.
 * PLACEHOLDER until the seed work lands.
 */
export async function seedDemoIfEmpty(
  _url: string,
  _options: { log: (line: string) => void; production: boolean },
): Promise<void> {}
