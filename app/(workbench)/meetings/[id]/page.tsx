import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { CopyPermalinkButton } from "@/components/meetings/copy-permalink-button";
import { CreatedToast } from "@/components/meetings/created-toast";
import {
  MeetingFacts,
  MeetingNarrative,
  MeetingParticipants,
  MeetingSidebar,
  MeetingSources,
} from "@/components/meetings/meeting-detail";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { getMeetingById } from "@/lib/meetings/queries";
import { meetingIdSchema } from "@/lib/meetings/schemas";

type Props = { params: Promise<{ id: string }> };

// Cached per request: the page and its metadata share one read of the meeting.
const loadMeeting = cache(async (id: string) => {
  if (!meetingIdSchema.safeParse(id).success) notFound();
  const meeting = await getMeetingById(id).catch(handlePageError);
  if (!meeting) notFound();
  return meeting;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser();
  const meeting = await loadMeeting((await params).id);
  return { title: meeting.title };
}

export default async function MeetingPage({ params }: Props) {
  await requirePageUser();
  const meeting = await loadMeeting((await params).id);

  return (
    <article aria-labelledby="meeting-title" className="grid gap-5">
      <CreatedToast />
      <div className="grid gap-3">
        <Link
          href="/meetings"
          className="inline-flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground hover:text-foreground"
        >
          <ChevronLeft className="size-4" aria-hidden="true" />
          Meetings
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 id="meeting-title" className="max-w-4xl text-2xl font-semibold tracking-tight text-balance">
            {meeting.title}
          </h1>
          <CopyPermalinkButton path={`/meetings/${meeting.id}`} />
        </div>
        <MeetingFacts meeting={meeting} />
      </div>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid min-w-0 content-start gap-5">
          <MeetingNarrative meeting={meeting} />
          <MeetingParticipants meeting={meeting} />
          <MeetingSources meeting={meeting} />
        </div>
        <MeetingSidebar meeting={meeting} />
      </div>
    </article>
  );
}
