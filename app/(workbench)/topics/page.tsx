import type { Metadata } from "next";
import { RegistryIndex } from "@/components/registry/registry-index";
import { REGISTRY_WORDS } from "@/components/registry/registry-words";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listTopics } from "@/lib/registry/list-topics";

export const metadata: Metadata = { title: REGISTRY_WORDS.topics.title };

export default async function TopicsIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser();
  const page = await listTopics(await searchParams).catch(handlePageError);
  return <RegistryIndex basePath="/topics" page={page} words={REGISTRY_WORDS.topics} />;
}
