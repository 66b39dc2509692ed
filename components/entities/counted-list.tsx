import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CountedRef } from "@/lib/meetings/detail/entity-meetings";

/** "Who or what comes up most": names linking to their pages, with how many meetings each. */
export function CountedList({ title, items, hrefFor, empty = "None recorded." }: { title: string; items: CountedRef[]; hrefFor: (id: string) => string; empty?: string }) {
  const headingId = `counted-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader>
        <CardTitle id={headingId}>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? <p className="text-sm text-muted-foreground">{empty}</p> : null}
        <ol className="grid grid-cols-1 gap-1 text-sm [overflow-wrap:anywhere]">
          {items.map((item) => (
            <li key={item.id} className="flex items-baseline justify-between gap-3">
              <Link href={hrefFor(item.id) as Route} className="underline-offset-2 hover:underline">
                {item.name}
              </Link>
              <span className="text-muted-foreground tabular-nums">
                {item.count.toLocaleString("en")}
                <span className="sr-only"> {item.count === 1 ? "meeting" : "meetings"}</span>
              </span>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
