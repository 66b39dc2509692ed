import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { listEntities } from "@/lib/registry/list-entities";
import type { RegistryPage } from "@/lib/registry/dto";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of organisations with their meeting counts and last meeting (OrganizationMeetingStats),
 * searched by name, spelling and acronym (typed exactly), accents aside and forgiving of
 * misspellings. Rule: any signed-in user.
 */
export async function listOrganizations(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listEntities(registryQuerySchema.parse(searchParams ?? {}), {
    table: "Organization",
    aliasTable: "OrganizationAlias",
    aliasOwner: "organizationId",
    stats: "OrganizationMeetingStats",
    detail: Prisma.sql`nullif(concat_ws(' · ', e."acronym", c."name"), '')`,
    exact: Prisma.sql`lower(e."acronym") = n.q`,
  });
}
