import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "nuqs/server";
import { Button } from "@/components/ui/button";
import { MeetingsBrowser } from "@/components/meetings/meetings-browser";
import { PageHeader } from "@/components/workbench/page-header";
import { hasRole } from "@/lib/auth/roles";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { toListMeetingsInput } from "@/lib/meetings/list-params";
import { meetingListParamsCache } from "@/lib/meetings/list-params-cache";
import { listCountryOptions } from "@/lib/meetings/options";
import { listMeetings } from "@/lib/meetings/queries";

export const metadata: Metadata = { title: "Meetings" };

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const params = meetingListParamsCache.parse(await searchParams);
  const [list, countries] = await Promise.all([listMeetings(toListMeetingsInput(params)), listCountryOptions()]).catch(
    handlePageError,
  );

  return (
    <>
      <PageHeader
        title="Meetings"
        description="Diplomatic meetings recorded by your team, newest first."
        actions={
          hasRole(user.role, "analyst") ? (
            <Button asChild>
              <Link href="/meetings/new">
                <Plus aria-hidden="true" />
                New meeting
              </Link>
            </Button>
          ) : null
        }
      />
      <MeetingsBrowser list={list} countries={countries} />
    </>
  );
}
