import type { Metadata } from "next";
import { InboxView } from "@/components/inbox/inbox-view";
import { PageHeader } from "@/components/workbench/page-header";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listInbox } from "@/lib/inbox/queries";
import { listMyWatches } from "@/lib/watches/queries";
import { setWatchAction } from "../watches/actions";
import { markAllInboxReadAction, markInboxItemReadAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ before?: string | string[] }> }) {
  await requirePageUser();
  const { before } = await searchParams;
  const [page, watches] = await Promise.all([listInbox(Array.isArray(before) ? before[0] : before), listMyWatches()]).catch(handlePageError);
  return (
    <>
      <PageHeader title="Inbox" description="New and changed meetings you watch, mentions of you and returns of your meetings, newest first." />
      <InboxView
        page={page}
        watches={watches}
        actions={{ markRead: markInboxItemReadAction, markAllRead: markAllInboxReadAction, watch: setWatchAction }}
      />
    </>
  );
}
