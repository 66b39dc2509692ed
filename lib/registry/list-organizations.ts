import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import type { RegistryPage } from "@/lib/registry/dto";
import { listEntities, ORGANIZATIONS } from "@/lib/registry/list-entities";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of organisations with their meeting counts and last meeting (OrganizationMeetingStats),
 * searched by name, spelling and acronym (typed exactly), accents aside and forgiving of
 * misspellings. Rule: any signed-in user.
 */
export async function listOrganizations(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listEntities(readDb, registryQuerySchema.parse(searchParams ?? {}), ORGANIZATIONS);
}
