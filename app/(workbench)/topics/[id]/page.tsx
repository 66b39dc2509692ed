import type { Metadata } from "next";
import { WatchButton } from "@/app/(workbench)/watches/watch-button";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CountedList } from "@/components/entities/counted-list";
import { EntityHeader } from "@/components/entities/entity-header";
import { EntityLayout } from "@/components/entities/entity-layout";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { entityCursorSchema } from "@/lib/meetings/detail/entity-meetings";
import { getTopicPage } from "@/lib/topics/queries";
import { meetingsTableHref } from "@/lib/meetings/list-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> };

const load = cache(async (id: string, after: string | undefined) => {
  const page = await getTopicPage(id, entityCursorSchema.parse(after)).catch(handlePageError);
  if (!page) notFound();
  return page;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  return { title: (await load((await params).id, (await searchParams).after)).topic.name };
}

export default async function TopicPage({ params, searchParams }: Props) {
  await requirePageUser();
  const { after } = await searchParams;
  const page = await load((await params).id, after);
  const { topic } = page;
  return (
    <EntityLayout
      header={
        <EntityHeader kind="Topic" name={topic.name} actions={<WatchButton kind="TOPIC" id={topic.id} label={topic.name} />}>
          {topic.parent ? (
            <>
              Part of{" "}
              <Link href={`/topics/${topic.parent.id}`} className="underline-offset-2 hover:underline">
                {topic.parent.name}
              </Link>
            </>
          ) : null}
          {topic.description ? <p className="mt-1 max-w-prose text-foreground">{topic.description}</p> : null}
        </EntityHeader>
      }
      chartTitle={`Meetings on ${topic.name} per year`}
      perYear={page.perYear}
      meetings={page.meetings}
      basePath={`/topics/${topic.id}`}
      tableHref={meetingsTableHref({ topic: topic.id })}
      isFirstPage={!after}
      side={
        <>
          <CountedList title="Countries most involved" items={page.countries} hrefFor={(code) => `/countries/${code}`} />
          <CountedList title="People most involved" items={page.people} hrefFor={(id) => `/people/${id}`} />
        </>
      }
    />
  );
}
