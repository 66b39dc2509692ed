import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import type { RegistryPage } from "@/lib/registry/dto";
import { listEntities, PEOPLE } from "@/lib/registry/list-entities";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of people with how many meetings they are in and when they last met (the kept counts,
 * PersonMeetingStats), searched by name and spelling, accents aside and forgiving of misspellings.
 * Rule: any signed-in user.
 */
export async function listPeople(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listEntities(readDb, registryQuerySchema.parse(searchParams ?? {}), PEOPLE);
}
