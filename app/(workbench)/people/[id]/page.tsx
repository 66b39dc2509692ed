import type { Metadata, Route } from "next";
import { WatchButton } from "@/app/(workbench)/watches/watch-button";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AliasEditor } from "@/components/entities/alias-editor";
import { EntityEditForm } from "@/components/entities/entity-edit-form";
import { EntityHistory } from "@/components/entities/entity-history";
import { MergeJobPanel } from "@/components/entities/merge-job-panel";
import { PersonView } from "@/components/entities/person-view";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { listAliasSources } from "@/lib/entities/aliases";
import { toFormValues } from "@/lib/entities/edit-entity";
import { HISTORY_SHOWN } from "@/lib/entities/history";
import { listCountryOptions } from "@/lib/meetings/options";
import { entityCursorSchema } from "@/lib/meetings/detail/entity-meetings";
import { findPossibleDuplicates, getPersonPage } from "@/lib/people/queries";
import { addPersonAliasAction, mergePeopleAction, removePersonAliasAction, unmergePersonAction, updatePersonAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> };

const load = cache(async (id: string, after: string | undefined) => {
  const found = await getPersonPage(id, entityCursorSchema.parse(after)).catch(handlePageError);
  if (!found) notFound();
  // A merged person's links keep working: they lead to the person it was merged into (307, not
  // permanent: a merge can be undone).
  if (found.state === "merged") redirect(`/people/${found.into}` as Route);
  return found.page;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  return { title: (await load((await params).id, (await searchParams).after)).person.name };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { after } = await searchParams;
  const page = await load((await params).id, after);
  const { person } = page;
  const id = person.id;
  const canManage = hasRole(user.role, "analyst");
  const [duplicates, sources, countries] = await Promise.all([
    canManage ? findPossibleDuplicates(id) : [],
    canManage ? listAliasSources("person", id) : [],
    canManage ? listCountryOptions() : [],
  ]).catch(handlePageError);
  return (
    <>
      <WatchButton kind="PERSON" id={id} label={person.name} above />
      <MergeJobPanel job={page.mergeJob} />
      <PersonView
        page={page}
        isFirstPage={!after}
        history={<EntityHistory entries={page.history} shown={HISTORY_SHOWN} />}
        manage={
          canManage
            ? {
                // Keyed by version: a save elsewhere (or here) starts the form from what is saved.
                editForm: (
                  <EntityEditForm
                    key={person.version}
                    noun="person"
                    initial={toFormValues(id, person.version, { name: person.name, countryCode: person.countryCode, notes: person.notes, wikidataId: person.wikidataId })}
                    countries={countries}
                    action={updatePersonAction}
                  />
                ),
                aliasEditor: <AliasEditor owner={{ field: "personId", id }} aliases={page.aliases} sources={sources} actions={{ add: addPersonAliasAction, remove: removePersonAliasAction }} />,
                duplicates,
                merge: mergePeopleAction,
                unmerge: unmergePersonAction,
              }
            : undefined
        }
      />
    </>
  );
}
