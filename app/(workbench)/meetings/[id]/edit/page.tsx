import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/workbench/page-header";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { getDraft } from "@/lib/drafts/drafts";
import { getMeetingForEdit } from "@/lib/drafts/meeting-for-edit";
import { listCountryOptions, listTopicOptions } from "@/lib/meetings/options";
import { meetingIdSchema } from "@/lib/meetings/schemas";
import { lookupOrganizationsAction, lookupPeopleAction, lookupTagsAction } from "@/app/(workbench)/lookup/actions";
import { saveDraftAction } from "@/app/(workbench)/meetings/drafts/actions";
import { extractSuggestionsAction } from "@/app/(workbench)/meetings/extract/actions";
import { updateMeetingAction } from "./actions";

export const metadata: Metadata = { title: "Edit meeting" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ draft?: string | string[] }> };

export default async function EditMeetingPage({ params, searchParams }: Props) {
  const user = await requirePageUser("analyst");
  const { id } = await params;
  if (!meetingIdSchema.safeParse(id).success) notFound();
  const { draft: draftParam } = await searchParams;
  const [meeting, countries, topics, draft] = await Promise.all([
    getMeetingForEdit(id),
    listCountryOptions(),
    listTopicOptions(),
    typeof draftParam === "string" ? getDraft(draftParam) : null,
  ]).catch(handlePageError);
  if (!meeting) notFound();
  // A draft resumes at the version it was opened at: saving it over a newer one is a conflict to resolve.
  const resumed = draft && draft.meetingId === id ? draft : null;
  return (
    <div className="mx-auto max-w-7xl">
      <PageHeader
        title={`Edit: ${meeting.values.title}`}
        description={resumed ? "Resuming your draft of this edit. It keeps saving as you type." : "Every save is kept as a revision. If someone else saves first, you will see both versions."}
      />
      <MeetingForm
        action={updateMeetingAction}
        initial={{ status: "idle", values: resumed?.values ?? meeting.values }}
        countries={countries}
        topics={topics}
        lookups={{ people: lookupPeopleAction, organizations: lookupOrganizationsAction, tags: lookupTagsAction }}
        saveDraft={saveDraftAction}
        userId={user.id}
        meeting={{ id, version: resumed?.baseVersion ?? meeting.version }}
        draftId={resumed?.id}
        extract={extractSuggestionsAction}
        cancelHref={`/meetings/${id}`}
      />
    </div>
  );
}
