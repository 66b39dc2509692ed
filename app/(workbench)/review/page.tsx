import type { Metadata } from "next";
import { ReviewQueue } from "@/components/review/review-queue";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listReviewQueue } from "@/lib/review/queue";
import { reviewQueueParamsSchema } from "@/lib/review/schemas";
import { approveMeetingAction, assignReviewToMeAction, returnMeetingAction, submitForReviewAction } from "./actions";

export const metadata: Metadata = { title: "Review" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ReviewPage({ searchParams }: Props) {
  // Viewers never review: for them the page does not exist.
  await requirePageUser("analyst");
  const raw = await searchParams;
  const params = reviewQueueParamsSchema.parse({ tab: one(raw.tab), mine: one(raw.mine), q: one(raw.q), page: one(raw.page) });
  const page = await listReviewQueue(params).catch(handlePageError);
  return (
    <ReviewQueue
      params={params}
      page={page}
      actions={{ assign: assignReviewToMeAction, approve: approveMeetingAction, returnMeeting: returnMeetingAction, submit: submitForReviewAction }}
    />
  );
}
