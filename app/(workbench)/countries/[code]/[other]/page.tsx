import type { Metadata } from "next";
import { WatchButton } from "@/app/(workbench)/watches/watch-button";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CountryPairView } from "@/components/entities/country-pair-view";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { getCountryPairPage } from "@/lib/countries/queries";
import { entityCursorSchema } from "@/lib/meetings/detail/entity-meetings";

type Props = { params: Promise<{ code: string; other: string }>; searchParams: Promise<{ after?: string }> };

const load = cache(async (code: string, other: string, after: string | undefined) => {
  const page = await getCountryPairPage(code, other, entityCursorSchema.parse(after)).catch(handlePageError);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  const { code, other } = await params;
  const page = await load(code, other, (await searchParams).after);
  return { title: `${page.first.name} and ${page.second.name}` };
}

export default async function CountryPairPage({ params, searchParams }: Props) {
  await requirePageUser();
  const { code, other } = await params;
  const { after } = await searchParams;
  const page = await load(code, other, after);
  return (
    <>
      <WatchButton kind="PAIR" id={`${code}-${other}`} label={`${page.first.name} and ${page.second.name}`} above />
      <CountryPairView page={page} isFirstPage={!after} />
    </>
  );
}
