import type { Metadata, Route } from "next";
import { WatchButton } from "@/app/(workbench)/watches/watch-button";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { CountedList } from "@/components/entities/counted-list";
import { EntityHeader } from "@/components/entities/entity-header";
import { EntityLayout } from "@/components/entities/entity-layout";
import { MergedFromCard } from "@/components/entities/merge-cards";
import { EntityHistory } from "@/components/entities/entity-history";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { HISTORY_SHOWN } from "@/lib/entities/history";
import { MergeJobPanel } from "@/components/entities/merge-job-panel";
import { entityCursorSchema } from "@/lib/meetings/detail/entity-meetings";
import { getTagPage } from "@/lib/tags/queries";
import { meetingsTableHref } from "@/lib/meetings/list-params";
import { unmergeTagAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> };

const load = cache(async (id: string, after: string | undefined) => {
  const found = await getTagPage(id, entityCursorSchema.parse(after)).catch(handlePageError);
  if (!found) notFound();
  // A merged tag's old links lead to the tag it was merged into.
  if (found.state === "merged") redirect(`/tags/${found.into}` as Route);
  return found.page;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  return { title: `#${(await load((await params).id, (await searchParams).after)).tag.name}` };
}

export default async function TagPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { after } = await searchParams;
  const page = await load((await params).id, after);
  const { tag } = page;
  const canManage = hasRole(user.role, "analyst");
  return (
    <EntityLayout
      header={
        <>
          <MergeJobPanel job={page.mergeJob} undo={canManage ? unmergeTagAction : undefined} />
          <EntityHeader kind="Tag" name={`#${tag.name}`} actions={<WatchButton kind="TAG" id={tag.id} label={`#${tag.name}`} />}>
            {tag.description || "No description yet."}
            {page.formerNames.length ? (
              <p className="mt-1">
                Formerly {page.formerNames.map((name) => `#${name}`).join(", ")}: typing a former name adds this tag.
              </p>
            ) : null}
            {page.mergedFrom.length ? <p className="mt-1">Merged from {page.mergedFrom.map((t) => `#${t.name}`).join(", ")}: typing a merged name adds this tag.</p> : null}
          </EntityHeader>
        </>
      }
      chartTitle={`Meetings tagged ${tag.name} per year`}
      perYear={page.perYear}
      meetings={page.meetings}
      basePath={`/tags/${tag.id}`}
      tableHref={meetingsTableHref({ tag: tag.id })}
      isFirstPage={!after}
      after={<EntityHistory entries={page.history} shown={HISTORY_SHOWN} />}
      side={
        <>
          <MergedFromCard title="Merged into this tag" into={tag.id} items={page.mergedFrom.map((t) => ({ id: t.id, name: `#${t.name}` }))} unmerge={canManage ? unmergeTagAction : undefined} />
          <CountedList title="Countries" items={page.countries} hrefFor={(code) => `/countries/${code}`} />
        </>
      }
    />
  );
}
