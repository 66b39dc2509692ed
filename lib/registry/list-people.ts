import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { listEntities } from "@/lib/registry/list-entities";
import type { RegistryPage } from "@/lib/registry/dto";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of people with how many meetings they are in and when they last met (the kept counts,
 * PersonMeetingStats), searched by name and spelling, accents aside and forgiving of misspellings.
 * Rule: any signed-in user.
 */
export async function listPeople(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listEntities(registryQuerySchema.parse(searchParams ?? {}), {
    table: "Person",
    aliasTable: "PersonAlias",
    aliasOwner: "personId",
    stats: "PersonMeetingStats",
    detail: Prisma.sql`c."name"`,
  });
}
