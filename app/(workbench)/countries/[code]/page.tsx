import type { Metadata } from "next";
import { WatchButton } from "@/app/(workbench)/watches/watch-button";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CountedList } from "@/components/entities/counted-list";
import { EntityHeader } from "@/components/entities/entity-header";
import { EntityLayout } from "@/components/entities/entity-layout";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { getCountryPage } from "@/lib/countries/queries";
import { entityCursorSchema } from "@/lib/meetings/detail/entity-meetings";
import { meetingsTableHref } from "@/lib/meetings/list-params";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ after?: string }> };

const load = cache(async (code: string, after: string | undefined) => {
  const page = await getCountryPage(code, entityCursorSchema.parse(after)).catch(handlePageError);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  return { title: (await load((await params).code, (await searchParams).after)).country.name };
}

export default async function CountryPage({ params, searchParams }: Props) {
  await requirePageUser();
  const { after } = await searchParams;
  const page = await load((await params).code, after);
  const { country } = page;
  return (
    <EntityLayout
      header={<EntityHeader kind="Country" name={country.name} actions={<WatchButton kind="COUNTRY" id={country.code} label={country.name} />}>{country.code}</EntityHeader>}
      chartTitle={`Meetings of ${country.name} per year`}
      perYear={page.perYear}
      meetings={page.meetings}
      basePath={`/countries/${country.code}`}
      tableHref={meetingsTableHref({ country: country.code })}
      isFirstPage={!after}
      side={
        <>
          <CountedList title="Partners (opens the pair)" items={page.partners} hrefFor={(code) => `/countries/${country.code}/${code}`} />
          <CountedList title={`People of ${country.name}`} items={page.people} hrefFor={(id) => `/people/${id}`} />
          <CountedList title="Topics" items={page.topics} hrefFor={(id) => `/topics/${id}`} />
        </>
      }
    />
  );
}
