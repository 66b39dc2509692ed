import { REVISION_ACTION_LABELS } from "@/components/history/revision-action-labels";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { HistoryEntry } from "@/lib/entities/history";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });


/** A record's own changes, newest first: who, when, and each field from → to. */
export function EntityHistory({ entries, shown }: { entries: HistoryEntry[]; shown: number }) {
  return (
    <Card aria-labelledby="entity-history-heading" id="history" className="print:hidden">
      <CardHeader>
        <CardTitle id="entity-history-heading">History</CardTitle>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? <p className="text-sm text-muted-foreground">No changes since it was recorded.</p> : null}
        {entries.length === shown ? <p className="mb-2 text-sm text-muted-foreground">The latest {shown} changes.</p> : null}
        <ol className="grid gap-3 text-sm [overflow-wrap:anywhere]">
          {entries.map((e) => (
            <li key={e.id} className="border-l-2 pl-3">
              <p>
                <span className="font-medium">{REVISION_ACTION_LABELS[e.action]}</span> {e.actor ? `by ${e.actor}` : "by Parley"}, <time dateTime={e.at}>{stamp.format(new Date(e.at))} UTC</time>
              </p>
              {e.changes.length ? (
                <ul className="grid gap-0.5 text-muted-foreground">
                  {e.changes.map((c) => (
                    <li key={c.field} className="whitespace-pre-line">
                      {c.field}: {c.from ? <del>{c.from}</del> : null}
                      {c.from && c.to ? " → " : null}
                      {c.to ? <span className="text-foreground">{c.to}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {e.note ? <p className="text-muted-foreground">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
