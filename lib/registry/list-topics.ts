import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { listVocabulary } from "@/lib/registry/list-vocabulary";
import type { RegistryPage } from "@/lib/registry/dto";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of topics with their meeting counts and last meeting (TopicMeetingStats), searched by
 * name, each shown with the broader topic it sits under. Rule: any signed-in user.
 */
export async function listTopics(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listVocabulary(registryQuerySchema.parse(searchParams ?? {}), {
    from: Prisma.sql`"Topic" e JOIN "TopicMeetingStats" s ON s."topicId" = e."id" LEFT JOIN "Topic" parent ON parent."id" = e."parentId"`,
    id: Prisma.sql`e."id"::text`,
    detail: Prisma.sql`parent."name"`,
    spellings: Prisma.sql`ARRAY[e."name"]`,
  });
}
