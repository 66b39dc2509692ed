import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { readDb } from "@/lib/db";
import type { RegistryPage } from "@/lib/registry/dto";
import { listVocabulary, TOPICS } from "@/lib/registry/list-vocabulary";
import { registryQuerySchema } from "@/lib/registry/schemas";

/**
 * One page of topics with their meeting counts and last meeting (TopicMeetingStats), searched by
 * name, each shown with the broader topic it sits under. Rule: any signed-in user.
 */
export async function listTopics(searchParams: unknown): Promise<RegistryPage> {
  await requireUser();
  return listVocabulary(readDb, registryQuerySchema.parse(searchParams ?? {}), TOPICS);
}
