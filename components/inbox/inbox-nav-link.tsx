"use client";

import { Inbox } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

/** What the count shows past 99: the inbox page has the rest. */
const shown = (count: number) => (count > 99 ? "99+" : String(count));

/** The unread count, from its route (app/(workbench)/inbox/unread). */
async function countUnread(): Promise<number> {
  const response = await fetch("/inbox/unread", { cache: "no-store" });
  if (!response.ok) return 0;
  return ((await response.json()) as { unread: number }).unread;
}

/**
 * The inbox in the header, with the unread count, asked for again after each navigation (the
 * layout that holds it is not rendered again) and when the inbox says it changed.
 */
export function InboxNavLink() {
  const pathname = usePathname();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    const ask = () => countUnread().then((count) => live && setUnread(count), () => undefined);
    ask();
    window.addEventListener(INBOX_CHANGED, ask);
    return () => {
      live = false;
      window.removeEventListener(INBOX_CHANGED, ask);
    };
  }, [pathname]);
  const current = pathname === "/inbox";
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

/** Raised by the inbox page after marking read, so the header's count follows at once. */
export const INBOX_CHANGED = "parley:inbox-changed";
