"use client";

import { Send } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { ReturnDialog } from "@/components/review/return-dialog";
import { StepButton } from "@/components/review/step-button";
import type { MeetingReview } from "@/lib/review/dto";

export interface ReviewActions {
  submit: FormAction<Record<string, string>>;
  approve: FormAction<Record<string, string>>;
  returnMeeting: FormAction<Record<string, string>>;
}

/** The meeting page's review steps, by the caller's role and the meeting's state (decision 0043). */
export function ReviewControls({ review, title, actions }: { review: MeetingReview; title: string; actions: ReviewActions }) {
  const { id, version } = review;
  const anything = review.canSubmit || review.canApprove || review.canReturn || review.returnReason || review.approveBlockedBecause;
  if (!anything) return null;
  return (
    <section aria-label="Review" className="flex flex-wrap items-center justify-between gap-3 rounded-md border px-4 py-3 print:hidden">
      <div className="grid gap-1 text-sm">
        <p>
          {review.status === "RETURNED" ? "Returned to its author" : review.status === "IN_REVIEW" ? "Waiting for review" : review.machineDrafted ? "A machine draft: check it, then accept or return it" : "Not published yet"}
          {review.assignee ? `, taken by ${review.assignee}` : null}.{" "}
          <Link href="/review" className="underline-offset-2 hover:underline">
            Review queue
          </Link>
        </p>
        {review.returnReason ? (
          <p>
            <span className="font-medium">Reason: </span>
            {review.returnReason}
          </p>
        ) : null}
        {review.approveBlockedBecause ? <p className="text-muted-foreground">{review.approveBlockedBecause}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {review.canSubmit ? (
          <StepButton id={id} version={version} action={actions.submit} pendingLabel="Sending…">
            <Send aria-hidden="true" />
            Send for review
          </StepButton>
        ) : null}
        {review.canReturn ? <ReturnDialog id={id} version={version} title={title} action={actions.returnMeeting} /> : null}
        {review.canApprove ? (
          <StepButton id={id} version={version} action={actions.approve} pendingLabel="Publishing…" variant="primary">
            {review.machineDrafted ? "Accept and publish" : review.status === "IN_REVIEW" ? "Approve and publish" : "Publish"}
          </StepButton>
        ) : null}
      </div>
    </section>
  );
}
