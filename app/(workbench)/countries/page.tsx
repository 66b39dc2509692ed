import type { Metadata } from "next";
import { RegistryIndex } from "@/components/registry/registry-index";
import { REGISTRY_WORDS } from "@/components/registry/registry-words";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listCountries } from "@/lib/registry/list-countries";

export const metadata: Metadata = { title: REGISTRY_WORDS.countries.title };

export default async function CountriesIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser();
  const page = await listCountries(await searchParams).catch(handlePageError);
  return <RegistryIndex basePath="/countries" page={page} words={REGISTRY_WORDS.countries} />;
}
