import type { Metadata } from "next";
import { TrashList } from "@/components/meetings/history/trash-list";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listDeletedMeetings } from "@/lib/meetings/history/trash";
import { undeleteMeetingAction } from "./actions";

export const metadata: Metadata = { title: "Trash" };

type Props = { searchParams: Promise<{ after?: string; afterId?: string }> };

export default async function TrashPage({ searchParams }: Props) {
  // Others get a 404, as if the page did not exist.
  await requirePageUser("admin");
  const { after, afterId } = await searchParams;
  const cursor = after && afterId && !Number.isNaN(Date.parse(after)) && /^[0-9a-f-]{36}$/i.test(afterId) ? { deletedAt: after, id: afterId } : undefined;
  const page = await listDeletedMeetings(cursor).catch(handlePageError);
  return <TrashList rows={page.rows} next={page.next} undelete={undeleteMeetingAction} />;
}
