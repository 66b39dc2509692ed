import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { listVocabulary } from "@/lib/registry/list-vocabulary";
import type { RegistryPage } from "@/lib/registry/dto";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of countries with their meeting counts and last meeting (CountryMeetingStats), searched
 * by name, official name, the press's variants and demonyms, or the ISO code typed exactly.
 * Rule: any signed-in user.
 */
export async function listCountries(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listVocabulary(registryQuerySchema.parse(searchParams ?? {}), {
    from: Prisma.sql`"Country" e JOIN "CountryMeetingStats" s ON s."countryCode" = e."code"`,
    id: Prisma.sql`e."code"::text`,
    detail: Prisma.sql`e."code"::text`,
    spellings: Prisma.sql`ARRAY[e."name", e."officialName"] || e."variants" || e."demonyms"`,
    exact: Prisma.sql`(lower(e."code") = n.q OR lower(e."alpha3") = n.q)`,
  });
}
