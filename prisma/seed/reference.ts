import type { Database } from "@/lib/database/client";

/**
 * Reference data every database needs: ISO 3166-1 countries and the topic vocabulary.
 * Idempotent. PLACEHOLDER until the seed work lands.
 */
export async function seedReferenceData(_db: Database): Promise<void> {}
