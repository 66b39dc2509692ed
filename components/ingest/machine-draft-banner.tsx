"use client";

import { Bot } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import type { MeetingIngestNotices } from "@/lib/ingest/queries";

export interface MachineDraftActions {
  discard: FormAction<Record<string, string>>;
  attach: FormAction<Record<string, string>>;
}

type Draft = NonNullable<MeetingIngestNotices["draft"]>;

/**
 * Says a meeting is a machine draft, what in it needs a look (no date, people not linked yet, a
 * low confidence), and offers the reviewer's two ways out besides accepting it: attach it to the
 * meeting it is another account of (its sources move there and the draft goes), or discard it
 * with a reason. Editing it in the form offers its sources' suggestions again.
 */
export function MachineDraftBanner({ meetingId, draft, canReview, actions }: { meetingId: string; draft: Draft; canReview: boolean; actions: MachineDraftActions }) {
  const router = useRouter();
  const reasonId = useId();
  const targetId = useId();
  const discard = useActionToast(actions.discard, { id: meetingId, version: String(draft.version), reason: "" }, () => router.push("/meetings"));
  const attach = useActionToast(actions.attach, { id: meetingId, version: String(draft.version), target: "" });
  const discardError = discard.state.status === "invalid" ? discard.state.fieldErrors.reason?.join(" ") : undefined;
  const attachError = attach.state.status === "invalid" ? attach.state.fieldErrors.target?.join(" ") : undefined;
  const gaps = [
    draft.undated ? "it has no date" : null,
    draft.unlinked.length > 0 ? `not linked yet: ${draft.unlinked.join(", ")}` : null,
    draft.lowConfidence ? "the text gave little to go on" : null,
  ].filter(Boolean);
  return (
    <Card role="region" aria-labelledby="machine-draft-heading" className="border-amber-500/60">
      <CardContent className="grid gap-3 text-sm">
        <div className="flex items-start gap-2">
          <Bot aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <div className="grid gap-1">
            {/* Above the page's own heading: a label for the region, not a heading before the h1. */}
            <p id="machine-draft-heading" className="font-medium">
              Machine draft{draft.confidence !== null ? ` (confidence ${Math.round(draft.confidence * 100)}%)` : ""}
            </p>
            <p>
              Drafted by batch ingest from{" "}
              {draft.batches.map((batch, i) => (
                <span key={batch.id}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/review/ingest/${batch.id}`} className="underline underline-offset-2">
                    “{batch.name}”
                  </Link>
                </span>
              ))}
              . Nobody has checked it yet{gaps.length > 0 ? `: ${gaps.join("; ")}` : ""}.
            </p>
            {canReview ? (
              <p>
                <Link href={`/meetings/${meetingId}/edit`} className="underline underline-offset-2">
                  Edit it
                </Link>{" "}
                to check it against its sources: each source&apos;s suggestions are offered there.
              </p>
            ) : null}
          </div>
        </div>
        {canReview ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <form action={attach.formAction} className="grid content-start gap-2">
              <input type="hidden" name="id" value={meetingId} />
              <input type="hidden" name="version" value={draft.version} />
              <Field id={targetId} label="Another account of" error={attachError} hint="Its sources are added to that meeting, and this draft goes to the trash.">
                <select name="target" required defaultValue="" className="h-9 rounded-md border border-input bg-background px-2" {...fieldControlProps(targetId, { error: attachError, hint: true, required: true })}>
                  <option value="" disabled>
                    {draft.candidates.length > 0 ? "Choose the meeting" : "No meeting a day either side matches"}
                  </option>
                  {draft.candidates.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.date} · {candidate.title}
                    </option>
                  ))}
                </select>
              </Field>
              <div>
                <Button type="submit" size="sm" variant="outline" disabled={attach.pending || draft.candidates.length === 0}>
                  {attach.pending ? "Attaching…" : "Attach as a source"}
                </Button>
              </div>
            </form>
            <form action={discard.formAction} className="grid content-start gap-2">
              <input type="hidden" name="id" value={meetingId} />
              <input type="hidden" name="version" value={draft.version} />
              <Field id={reasonId} label="Reason to discard" required error={discardError} hint="Kept in the draft's history; admins can restore it from the trash.">
                <Input name="reason" required maxLength={500} defaultValue={discard.state.values.reason} {...fieldControlProps(reasonId, { error: discardError, hint: true, required: true })} />
              </Field>
              <div>
                <Button type="submit" size="sm" variant="destructive" disabled={discard.pending}>
                  {discard.pending ? "Discarding…" : "Discard draft"}
                </Button>
              </div>
            </form>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
