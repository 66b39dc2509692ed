import { Link } from "@/components/ui/link";
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
            <ul className="grid grid-cols-1 gap-1.5 text-sm [overflow-wrap:anywhere]">
              {aliases.map((a) => (
                <li key={a.id}>
                  <AliasWithSource alias={a} />
                </li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** One spelling and the source it was seen in (a link to that meeting's source). */
export function AliasWithSource({ alias }: { alias: EntityAlias }) {
  return (
    <span>
      “{alias.alias}”
      <span className="block text-xs text-muted-foreground">
        {alias.source ? (
          <>
            seen in{" "}
            <Link href={`/meetings/${alias.source.meetingId}#source-${alias.source.id}`} className="underline-offset-2 hover:underline">
              {alias.source.title || alias.source.outlet}
            </Link>
          </>
        ) : (
          "source not recorded"
        )}
      </span>
    </span>
  );
}
