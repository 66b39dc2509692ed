import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { REVISION_ACTION_LABELS } from "@/components/history/revision-action-labels";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DiffView } from "@/components/meetings/history/diff-view";
import { HistoryComment, withComments } from "@/components/comments/history-comment";
import type { CommentItem } from "@/lib/comments/dto";
import type { RevisionComparison, RevisionListItem } from "@/lib/meetings/history/queries";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });


/**
 * Every revision (who, when, what), each a link to the record as it stood then, and a form that
 * compares any two. A plain GET form: the comparison is a URL an analyst can share.
 */
export function HistoryPanel({
  meetingId,
  revisions,
  shownVersion,
  comparison,
  comments,
}: {
  meetingId: string;
  revisions: RevisionListItem[];
  shownVersion: number;
  comparison: RevisionComparison | null;
  /** Shown in time order among the revisions. */
  comments?: CommentItem[];
}) {
  const newest = revisions[0]?.version;
  const defaultFrom = comparison?.from ?? revisions[1]?.version ?? newest;
  const defaultTo = comparison?.to ?? newest;
  return (
    <Card aria-labelledby="history-heading" id="history" className="print:hidden">
      <CardHeader>
        <CardTitle id="history-heading">History</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ol className="grid gap-2 text-sm">
          {withComments(revisions, comments).map((r) => "comment" in r ? <HistoryComment key={`comment-${r.comment.id}`} comment={r.comment} /> : (
            <li key={r.version} className="grid gap-0.5 border-l-2 pl-3" aria-current={r.version === shownVersion ? "true" : undefined}>
              <span className="flex flex-wrap items-baseline gap-x-2">
                <Link href={r.version === newest ? `/meetings/${meetingId}` : `/meetings/${meetingId}?rev=${r.version}`} className="font-medium underline-offset-2 hover:underline">
                  Revision {r.version}
                </Link>
                <span className="text-muted-foreground">
                  {REVISION_ACTION_LABELS[r.action]} {r.actor ? `by ${r.actor}` : "by Parley"}, <time dateTime={r.createdAt}>{stamp.format(new Date(r.createdAt))} UTC</time>
                </span>
                {r.version === shownVersion ? <span className="text-xs font-medium">(shown)</span> : null}
              </span>
              <span>{r.summary}</span>
              {r.note ? <span className="text-muted-foreground">{r.action === "RETURN" ? "Reason: " : "Note: "}{r.note}</span> : null}
            </li>
          ))}
        </ol>
        {revisions.length > 1 ? (
          <form method="get" action={`/meetings/${meetingId}`} className="flex flex-wrap items-end gap-2" aria-label="Compare revisions">
            <RevisionSelect label="From revision" name="from" defaultValue={defaultFrom} versions={revisions.map((r) => r.version)} />
            <RevisionSelect label="to revision" name="to" defaultValue={defaultTo} versions={revisions.map((r) => r.version)} />
            <Button type="submit" variant="outline">
              Compare
            </Button>
          </form>
        ) : null}
        {comparison ? <DiffView comparison={comparison} /> : null}
      </CardContent>
    </Card>
  );
}

function RevisionSelect({ label, name, defaultValue, versions }: { label: string; name: "from" | "to"; defaultValue: number | undefined; versions: number[] }) {
  return (
    <label className="grid gap-1 text-sm">
      {label}
      <select name={name} defaultValue={defaultValue} className="h-9 rounded-md border border-input bg-surface px-2">
        {versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </label>
  );
}
