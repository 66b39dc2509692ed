import { AtSign, Eye, Inbox, Undo2 } from "lucide-react";
import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cn } from "@/components/ui/cn";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { MarkReadButton } from "@/components/inbox/mark-read-button";
import { WatchToggle } from "@/components/watches/watch-toggle";
import type { InboxEntry, InboxPage } from "@/lib/inbox/dto";
import type { WatchItem } from "@/lib/watches/dto";
import { WATCH_KIND_LABELS } from "@/lib/watches/kind-labels";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function what(entry: InboxEntry): string {
  const by = entry.actor ? ` by ${entry.actor}` : "";
  switch (entry.reason) {
    case "MENTION":
      return `${entry.actor ?? "Someone"} mentioned you in a comment`;
    case "RETURN":
      return `Your meeting was returned${by}`;
    case "WATCH":
      return `${entry.action === "CREATE" ? "New meeting" : entry.action === "APPROVE" ? "Published" : "Changed"}${by}, matching ${entry.watchLabels.join(", ")}`;
  }
}

const ICONS = { WATCH: Eye, MENTION: AtSign, RETURN: Undo2 } as const;

export interface InboxActions {
  markRead: FormAction<Record<string, string>>;
  markAllRead: FormAction<Record<string, string>>;
  watch: FormAction<Record<string, string>>;
}

/** The inbox: newest first, unread marked, each line a link to its meeting; and the caller's watches. */
export function InboxView({ page, watches, actions }: { page: InboxPage; watches: WatchItem[]; actions: InboxActions }) {
  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="inbox-list-heading" className="grid content-start gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="inbox-list-heading" className="text-base font-semibold">
            {page.unread > 0 ? `${page.unread > 99 ? "99+" : page.unread} unread` : "All read"}
          </h2>
          {page.unread > 0 ? <MarkReadButton label="Mark all as read" action={actions.markAllRead} /> : null}
        </div>
        {page.entries.length === 0 ? (
          <EmptyState icon={<Inbox />} title="Nothing here yet" description="Watch a person, organisation, country, pair, topic, tag or saved view from its page; new and changed meetings, mentions of you and returns of your meetings come here." />
        ) : (
          <ol className="grid gap-2">
            {page.entries.map((entry) => {
              const Icon = ICONS[entry.reason];
              return (
                <li key={entry.id} className={cn("flex items-start gap-3 rounded-md border px-3 py-2", !entry.read && "border-l-4 border-l-primary")}>
                  <Icon className="mt-1 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
                  <div className="grid min-w-0 flex-1 gap-0.5 text-sm">
                    <Link href={`/meetings/${entry.meeting.id}${entry.reason === "MENTION" ? "#comments" : ""}` as Route} className="font-medium underline-offset-2 hover:underline">
                      {entry.meeting.title}
                    </Link>
                    <span className="text-muted-foreground">
                      {entry.read ? null : <span className="font-semibold text-foreground">Unread: </span>}
                      {what(entry)}, <time dateTime={entry.at}>{stamp.format(new Date(entry.at))} UTC</time>
                    </span>
                    {entry.note ? <span className="break-words whitespace-pre-wrap">{entry.reason === "RETURN" ? `Reason: ${entry.note}` : entry.note}</span> : null}
                  </div>
                  {entry.read ? null : <MarkReadButton id={entry.id} label="Mark read" action={actions.markRead} />}
                </li>
              );
            })}
          </ol>
        )}
        {page.nextBefore ? (
          <Button asChild variant="outline" className="w-fit">
            <Link href={`/inbox?before=${page.nextBefore}` as Route}>Older</Link>
          </Button>
        ) : null}
      </section>
      <Card aria-labelledby="watches-heading">
        <CardHeader>
          <CardTitle id="watches-heading">Watching</CardTitle>
        </CardHeader>
        <CardContent>
          {watches.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing yet: use Watch on a person’s, country’s, pair’s, topic’s or tag’s page, or on a saved view.</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {watches.map((watch) => (
                <li key={watch.id} className="flex items-center justify-between gap-2">
                  <span className="min-w-0">
                    <Link href={watch.href as Route} className="underline-offset-2 hover:underline">
                      {watch.label}
                    </Link>{" "}
                    <span className="text-muted-foreground">({WATCH_KIND_LABELS[watch.kind]})</span>
                  </span>
                  <WatchToggle action={actions.watch} state={{ kind: watch.kind, key: watch.key, label: watch.label, watching: true }} />
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
