"use client";

import { Inbox } from "lucide-react";
import { usePathname } from "next/navigation";
import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

/** What the count shows past 99: the inbox page has the rest. */
const shown = (count: number) => (count > 99 ? "99+" : String(count));

/**
 * The inbox in the header, with the unread count rendered by the server with the layout (read
 * with the session, no statement of its own, nothing asked after the page shows). Marking read
 * refreshes the layout (app/(workbench)/inbox/actions.ts), so the count follows at once; items
 * arriving meanwhile show on the next full load or refresh.
 */
export function InboxNavLink({ unread }: { unread: number }) {
  const current = usePathname() === "/inbox";
  return (
    <Link
      href="/inbox"
      aria-current={current ? "page" : undefined}
      className={cn(
        "relative inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-accent-foreground",
        current && "bg-accent text-accent-foreground",
      )}
    >
      <Inbox className="size-4" aria-hidden="true" />
      <span className="sr-only sm:not-sr-only">Inbox</span>{" "}
      {unread > 0 ? (
        <span className="rounded-full bg-primary px-1.5 text-xs leading-5 font-semibold text-primary-foreground">
          {shown(unread)}
          <span className="sr-only"> unread</span>
        </span>
      ) : null}
    </Link>
  );
}
