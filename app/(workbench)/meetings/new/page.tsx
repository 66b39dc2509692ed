import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/workbench/page-header";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { getDraft } from "@/lib/drafts/drafts";
import { EMPTY_MEETING_FORM } from "@/lib/meetings/form-data";
import { listCountryOptions, listTopicOptions } from "@/lib/meetings/options";
import { lookupOrganizationsAction, lookupPeopleAction, lookupTagsAction } from "@/app/(workbench)/lookup/actions";
import { saveDraftAction } from "@/app/(workbench)/meetings/drafts/actions";
import { extractSuggestionsAction } from "@/app/(workbench)/meetings/extract/actions";
import { attachSourceAction, createMeetingAction, findDuplicatesAction } from "./actions";

export const metadata: Metadata = { title: "New meeting" };

type Props = { searchParams: Promise<{ draft?: string | string[] }> };

export default async function NewMeetingPage({ searchParams }: Props) {
  const user = await requirePageUser("analyst");
  const { draft: draftParam } = await searchParams;
  const [countries, topics, draft] = await Promise.all([
    listCountryOptions(),
    listTopicOptions(),
    typeof draftParam === "string" ? getDraft(draftParam) : null,
  ]).catch(handlePageError);
  // A draft of an edit belongs on that meeting's edit page, not here.
  const resumed = draft && !draft.meetingId ? draft : null;
  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title="New meeting"
        description={resumed ? "Resuming your draft. It keeps saving as you type." : "Record a meeting with its sources and evidence. Your typing is kept as a draft."}
        actions={
          <Button variant="outline" asChild>
            <Link href="/meetings/drafts">Your drafts</Link>
          </Button>
        }
      />
      <MeetingForm
        action={createMeetingAction}
        initial={{ status: "idle", values: resumed?.values ?? EMPTY_MEETING_FORM }}
        countries={countries}
        topics={topics}
        lookups={{ people: lookupPeopleAction, organizations: lookupOrganizationsAction, tags: lookupTagsAction }}
        saveDraft={saveDraftAction}
        userId={user.id}
        draftId={resumed?.id}
        duplicates={{ find: findDuplicatesAction, attach: attachSourceAction }}
        extract={extractSuggestionsAction}
        cancelHref="/meetings"
      />
    </div>
  );
}
