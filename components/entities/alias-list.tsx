import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { EntityAlias } from "@/lib/people/queries";

/** Other spellings, each with the source it was seen in (a link to that meeting's source). */
export function AliasList({ title, aliases, editor }: { title: string; aliases: EntityAlias[]; editor?: ReactNode }) {
  return (
    <Card aria-labelledby="aliases-heading">
      <CardHeader>
        <CardTitle id="aliases-heading">{title}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {editor ?? (
          <>
            {aliases.length === 0 ? <p className="text-sm text-muted-foreground">No other spellings recorded.</p> : null}
            <ul className="grid gap-1.5 text-sm">
              {aliases.map((a) => (
                <li key={a.id}>
                  “{a.alias}”
                  {a.source ? (
                    <span className="block text-xs text-muted-foreground">
                      seen in{" "}
                      <Link href={`/meetings/${a.source.meetingId}#source-${a.source.id}`} className="underline-offset-2 hover:underline">
                        {a.source.title || a.source.outlet}
                      </Link>
                    </span>
                  ) : (
                    <span className="block text-xs text-muted-foreground">source not recorded</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
    </Card>
  );
}
