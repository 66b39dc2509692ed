import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/workbench/page-header";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { EMPTY_MEETING_FORM } from "@/lib/meetings/form-data";
import { listCountryOptions, listTopicOptions } from "@/lib/meetings/options";
import { createMeetingAction } from "./actions";

export const metadata: Metadata = { title: "New meeting" };

export default async function NewMeetingPage() {
  await requirePageUser("analyst");
  const [countries, topics] = await Promise.all([listCountryOptions(), listTopicOptions()]).catch(handlePageError);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="New meeting" description="Record a meeting. You can add sources and evidence later." />
      <MeetingForm
        action={createMeetingAction}
        initial={{ status: "idle", values: EMPTY_MEETING_FORM }}
        countries={countries}
        topics={topics}
      />
    </div>
  );
}
