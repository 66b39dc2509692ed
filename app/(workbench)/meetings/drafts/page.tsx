import type { Metadata } from "next";
import { DraftList } from "@/components/meetings/form/draft-list";
import { PageHeader } from "@/components/workbench/page-header";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listDrafts } from "@/lib/drafts/drafts";
import { discardDraftAction } from "./actions";

export const metadata: Metadata = { title: "Drafts" };

export default async function DraftsPage() {
  const user = await requirePageUser("analyst");
  const drafts = await listDrafts().catch(handlePageError);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="Your drafts" description="Meeting forms you started and have not saved yet. Only you can see them." />
      <DraftList
        drafts={drafts.map((d) => ({ id: d.id, title: d.title, meetingId: d.meetingId, updatedAt: d.updatedAt.toISOString() }))}
        discard={discardDraftAction}
        userId={user.id}
      />
    </div>
  );
}
