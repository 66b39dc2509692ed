import { Inbox, Upload } from "lucide-react";
import type { Route } from "next";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/workbench/page-header";
import { QueueTable, type QueueActions } from "@/components/review/queue-table";
import type { ReviewQueuePage } from "@/lib/review/dto";
import type { ReviewQueueParams, ReviewTab } from "@/lib/review/schemas";

const TABS: { tab: ReviewTab; label: string; empty: string; mine: string }[] = [
  { tab: "in-review", label: "In review", empty: "Nothing waits for review. Meetings sent for review appear here.", mine: "Taken by me" },
  { tab: "returned", label: "Returned", empty: "No meeting is returned. Returned meetings wait here for their authors.", mine: "Recorded by me" },
  { tab: "machine", label: "Machine drafts", empty: "No machine drafts wait. Wire items added in bulk appear here as drafts to check.", mine: "Taken by me" },
];

/** The URL of the queue with these parameters: the address is the queue's whole state. */
export function queueHref(params: Partial<ReviewQueueParams>): Route {
  const search = new URLSearchParams();
  if (params.tab && params.tab !== "in-review") search.set("tab", params.tab);
  if (params.mine) search.set("mine", "1");
  if (params.q) search.set("q", params.q);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return (query ? `/review?${query}` : "/review") as Route;
}

/** The one review queue: in review, returned, machine drafts; a page at a time, filtered on the server. */
export function ReviewQueue({ params, page, actions }: { params: ReviewQueueParams; page: ReviewQueuePage; actions: QueueActions }) {
  const current = TABS.find((t) => t.tab === params.tab)!;
  return (
    <section aria-labelledby="review-heading" className="grid gap-4">
      <PageHeader
        title={<span id="review-heading">Review</span>}
        description="What waits before it is published. Take a meeting, then approve it or return it with a reason."
        actions={
          <Button asChild variant="outline">
            {/* Batch ingest's upload page (issue 21) puts its machine drafts in this queue. */}
            <Link href={"/review/ingest" as Route}>
              <Upload aria-hidden="true" />
              Add wire items
            </Link>
          </Button>
        }
      />
      <nav aria-label="Review lists">
        <ul className="flex flex-wrap gap-2 border-b">
          {TABS.map((t) => (
            <li key={t.tab}>
              <Link
                href={queueHref({ tab: t.tab })}
                aria-current={t.tab === params.tab ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-2 border-b-2 border-transparent px-2 pb-2 text-sm font-medium text-muted-foreground hover:text-foreground",
                  t.tab === params.tab && "border-primary text-foreground",
                )}
              >
                {t.label}
                <Badge variant="neutral">{page.counts[t.tab].toLocaleString("en")}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/review" className="flex flex-wrap items-end gap-3" aria-label="Filter the list">
        {params.tab !== "in-review" ? <input type="hidden" name="tab" value={params.tab} /> : null}
        <label className="grid gap-1 text-sm">
          Title contains
          <Input type="search" name="q" defaultValue={params.q ?? ""} className="w-64" />
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="mine" value="1" defaultChecked={params.mine} className="size-4 accent-primary" />
          {current.mine}
        </label>
        <Button type="submit" variant="outline">
          Filter
        </Button>
        {params.q || params.mine ? (
          <Link href={queueHref({ tab: params.tab })} className="pb-2 text-sm underline-offset-2 hover:underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      {page.rows.length === 0 ? (
        <EmptyState icon={<Inbox />} title={params.q || params.mine ? "Nothing matches these filters" : `No meetings ${current.label.toLowerCase()}`} description={current.empty} />
      ) : (
        <QueueTable tab={params.tab} rows={page.rows} actions={actions} />
      )}
      {page.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {page.page > 1 ? <Link href={queueHref({ ...params, page: page.page - 1 })}>Previous page</Link> : null}
          <span>
            Page {page.page} of {page.pageCount} ({page.total.toLocaleString("en")} meetings)
          </span>
          {page.page < page.pageCount ? <Link href={queueHref({ ...params, page: page.page + 1 })}>Next page</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
