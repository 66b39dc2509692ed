import { Plus } from "lucide-react";
import { WatchViewButton } from "@/app/(workbench)/watches/watch-view-button";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { MeetingsBrowser } from "@/components/meetings/meetings-browser";
import { MeetingFacetPanel, MeetingFacetPanelSkeleton } from "@/components/meetings/table/meeting-facet-panel";
import { PageHeader } from "@/components/workbench/page-header";
import { hasRole } from "@/lib/auth/roles";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listCountriesNamedIn } from "@/lib/meetings/options";
import { countMeetingFacets } from "@/lib/meetings/search/facets";
import { searchMeetings } from "@/lib/meetings/search/search-meetings";
import {
  bulkTagMeetingsAction,
  deleteViewAction,
  saveViewAction,
  setMeetingColumnsAction,
  setShortcutsEnabledAction,
} from "@/app/(workbench)/meetings/(list)/actions";
import { getPreferences } from "@/lib/preferences/preferences";
import { listSavedViews } from "@/lib/views/queries";

export const metadata: Metadata = { title: "Meetings" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Facet counts stream in after the rows, so they never delay the table. */
async function Facets({ params }: { params: SearchParams }) {
  const facets = await countMeetingFacets(params).catch(handlePageError);
  return <MeetingFacetPanel facets={facets.facets} sampled={facets.sampled} />;
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const [result, countries, views, preferences] = await Promise.all([
    searchMeetings(params),
    listCountriesNamedIn(params),
    listSavedViews(),
    getPreferences(),
  ]).catch(handlePageError);

  return (
    <>
      <PageHeader
        title="Meetings"
        description="Diplomatic meetings recorded by your team, newest first."
        actions={
          hasRole(user.role, "analyst") ? (
            <>
              <Button asChild variant="outline">
                <Link href="/meetings/import">Import</Link>
              </Button>
              <Button asChild>
                <Link href="/meetings/new">
                  <Plus aria-hidden="true" />
                  New meeting
                </Link>
              </Button>
            </>
          ) : null
        }
      />
      <WatchViewButton params={params} />
      <MeetingsBrowser
        result={result}
        countries={countries}
        tagAction={hasRole(user.role, "analyst") ? bulkTagMeetingsAction : undefined}
        views={{ views, saveAction: saveViewAction, deleteAction: deleteViewAction }}
        preferences={{ ...preferences, setColumnsAction: setMeetingColumnsAction, setShortcutsEnabledAction }}
        facets={
          <Suspense key={JSON.stringify(params)} fallback={<MeetingFacetPanelSkeleton />}>
            <Facets params={params} />
          </Suspense>
        }
      />
    </>
  );
}
