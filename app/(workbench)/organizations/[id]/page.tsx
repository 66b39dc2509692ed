import type { Metadata, Route } from "next";
import { WatchButton } from "@/app/(workbench)/watches/watch-button";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AliasEditor } from "@/components/entities/alias-editor";
import { EditDetails, WikidataLink } from "@/components/entities/entity-edit-details";
import { EntityEditForm } from "@/components/entities/entity-edit-form";
import { EntityHistory } from "@/components/entities/entity-history";
import { MergeJobPanel } from "@/components/entities/merge-job-panel";
import { AliasList } from "@/components/entities/alias-list";
import { CountedList } from "@/components/entities/counted-list";
import { EntityHeader } from "@/components/entities/entity-header";
import { EntityLayout } from "@/components/entities/entity-layout";
import { DuplicatesCard, MergedFromCard } from "@/components/entities/merge-cards";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { listAliasSources } from "@/lib/entities/aliases";
import { toFormValues } from "@/lib/entities/edit-entity";
import { HISTORY_SHOWN } from "@/lib/entities/history";
import { listCountryOptions } from "@/lib/meetings/options";
import { entityCursorSchema } from "@/lib/meetings/detail/entity-meetings";
import { findPossibleDuplicateOrganizations, getOrganizationPage } from "@/lib/organizations/queries";
import { addOrganizationAliasAction, mergeOrganizationsAction, removeOrganizationAliasAction, unmergeOrganizationAction, updateOrganizationAction } from "./actions";
import { meetingsTableHref } from "@/lib/meetings/list-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> };

const load = cache(async (id: string, after: string | undefined) => {
  const found = await getOrganizationPage(id, entityCursorSchema.parse(after)).catch(handlePageError);
  if (!found) notFound();
  // Links to a merged organisation lead to the one it was merged into (not permanent: merges can be undone).
  if (found.state === "merged") redirect(`/organizations/${found.into}` as Route);
  return found.page;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requirePageUser();
  return { title: (await load((await params).id, (await searchParams).after)).organization.name };
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { after } = await searchParams;
  const page = await load((await params).id, after);
  const { organization } = page;
  const canManage = hasRole(user.role, "analyst");
  const [duplicates, sources, countries] = canManage
    ? await Promise.all([findPossibleDuplicateOrganizations(organization.id), listAliasSources("organization", organization.id), listCountryOptions()]).catch(handlePageError)
    : [[], [], []];
  return (
    <EntityLayout
      header={
        <>
          <MergeJobPanel job={page.mergeJob} />
          <EntityHeader actions={<WatchButton kind="ORGANIZATION" id={organization.id} label={organization.name} />} kind="Organisation" name={organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name}>
            {organization.countryCode ? (
              <Link href={`/countries/${organization.countryCode}`} className="underline-offset-2 hover:underline">
                {organization.countryName}
              </Link>
            ) : (
              "Country not recorded"
            )}
            {organization.wikidataId ? <WikidataLink id={organization.wikidataId} /> : null}
            {organization.notes ? <p className="mt-1 max-w-prose whitespace-pre-line text-foreground">{organization.notes}</p> : null}
          </EntityHeader>
          {canManage ? (
            <EditDetails what="organisation">
              <EntityEditForm
                key={organization.version}
                noun="organisation"
                initial={toFormValues(organization.id, organization.version, {
                  name: organization.name,
                  acronym: organization.acronym,
                  countryCode: organization.countryCode,
                  notes: organization.notes,
                  wikidataId: organization.wikidataId,
                })}
                countries={countries}
                action={updateOrganizationAction}
              />
            </EditDetails>
          ) : null}
        </>
      }
      chartTitle={`Meetings of ${organization.name} per year`}
      perYear={page.perYear}
      meetings={page.meetings}
      basePath={`/organizations/${organization.id}`}
      tableHref={meetingsTableHref({ organization: organization.id })}
      isFirstPage={!after}
      after={<EntityHistory entries={page.history} shown={HISTORY_SHOWN} />}
      side={
        <>
          <AliasList
            title="Also written"
            aliases={page.aliases}
            editor={
              canManage ? (
                <AliasEditor owner={{ field: "organizationId", id: organization.id }} aliases={page.aliases} sources={sources} actions={{ add: addOrganizationAliasAction, remove: removeOrganizationAliasAction }} />
              ) : undefined
            }
          />
          <CountedList title="People on its behalf" items={page.people} hrefFor={(id) => `/people/${id}`} />
          <CountedList title="Countries met" items={page.countries} hrefFor={(code) => `/countries/${code}`} />
          <MergedFromCard title="Merged into this organisation" into={organization.id} items={page.mergedFrom} unmerge={canManage ? unmergeOrganizationAction : undefined} />
          {canManage ? (
            <DuplicatesCard
              into={{ id: organization.id, name: organization.name }}
              basePath="/organizations"
              items={duplicates.map((d) => ({ ...d, detail: d.countryCode ?? "no country" }))}
              merge={mergeOrganizationsAction}
            />
          ) : null}
        </>
      }
    />
  );
}
