import type { Metadata } from "next";
import { RegistryIndex } from "@/components/registry/registry-index";
import { REGISTRY_WORDS } from "@/components/registry/registry-words";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listPeople } from "@/lib/registry/list-people";

export const metadata: Metadata = { title: REGISTRY_WORDS.people.title };

export default async function PeopleIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser();
  const page = await listPeople(await searchParams).catch(handlePageError);
  return <RegistryIndex basePath="/people" page={page} words={REGISTRY_WORDS.people} />;
}
