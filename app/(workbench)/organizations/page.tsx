import type { Metadata } from "next";
import { RegistryIndex } from "@/components/registry/registry-index";
import { REGISTRY_WORDS } from "@/components/registry/registry-words";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listOrganizations } from "@/lib/registry/list-organizations";

export const metadata: Metadata = { title: REGISTRY_WORDS.organizations.title };

export default async function OrganizationsIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser();
  const page = await listOrganizations(await searchParams).catch(handlePageError);
  return <RegistryIndex basePath="/organizations" page={page} words={REGISTRY_WORDS.organizations} />;
}
