import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import type { RegistryPage } from "@/lib/registry/dto";
import { listVocabulary, COUNTRIES } from "@/lib/registry/list-vocabulary";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of countries with their meeting counts and last meeting (CountryMeetingStats), searched
 * by name, official name, the press's variants and demonyms, or the ISO code typed exactly.
 * Rule: any signed-in user.
 */
export async function listCountries(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listVocabulary(readDb, registryQuerySchema.parse(searchParams ?? {}), COUNTRIES);
}
