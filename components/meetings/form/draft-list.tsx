import { FilePen } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { DiscardDraftForm, type DiscardDraft } from "@/components/meetings/form/discard-draft-button";

export interface DraftRow {
  id: string;
  title: string;
  meetingId: string | null;
  updatedAt: string;
}

/** The analyst's drafts: resume one where it was left, or discard it. */
export function DraftList({ drafts, discard, userId }: { drafts: DraftRow[]; discard: DiscardDraft; userId: string }) {
  if (drafts.length === 0) {
    return <EmptyState title="No drafts" description="When you start a meeting form, what you type is kept here until you save it." />;
  }
  return (
    <ul className="grid gap-2">
      {drafts.map((draft) => {
        const href = draft.meetingId ? `/meetings/${draft.meetingId}/edit?draft=${draft.id}` : `/meetings/new?draft=${draft.id}`;
        const name = draft.title || "Untitled meeting";
        return (
          <li key={draft.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border bg-surface p-3">
            <div className="grid gap-0.5">
              <Link href={href as Route} className="font-medium underline-offset-2 hover:underline">
                <FilePen className="mr-1 inline size-4" aria-hidden="true" />
                {name}
              </Link>
              <span className="text-xs text-muted-foreground">
                {draft.meetingId ? "Edit of a recorded meeting" : "New meeting"} · last typed{" "}
                <time dateTime={draft.updatedAt}>{draft.updatedAt.slice(0, 16).replace("T", " ")} UTC</time>
              </span>
            </div>
            <DiscardDraftForm userId={userId} draftId={draft.id} name={name} discard={discard} />
          </li>
        );
      })}
    </ul>
  );
}
