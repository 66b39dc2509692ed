import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ActionButtonForm } from "@/components/entities/action-button-form";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";

type Ref = { id: string; name: string };

/** Records merged into this one, each with an undo (for analysts). */
export function MergedFromCard({ title, into, items, unmerge }: { title: string; into: string; items: Ref[]; unmerge?: FormAction<Record<string, string>> }) {
  if (items.length === 0) return null;
  return (
    <Card aria-labelledby="merged-heading">
      <CardHeader>
        <CardTitle id="merged-heading">{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="grid grid-cols-1 gap-2 text-sm [overflow-wrap:anywhere]">
          {items.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2">
              {m.name}
              {unmerge ? (
                <ActionButtonForm action={unmerge} values={{ id: m.id, intoId: into }}>
                  Undo merge<span className="sr-only"> of {m.name}</span>
                </ActionButtonForm>
              ) : null}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

/** Likely duplicates with a button each that merges it into this record. */
export function DuplicatesCard({
  into,
  basePath,
  items,
  merge,
}: {
  into: Ref;
  basePath: string;
  items: (Ref & { detail: string })[];
  merge: FormAction<Record<string, string>>;
}) {
  if (items.length === 0) return null;
  return (
    <Card aria-labelledby="duplicates-heading" className="print:hidden">
      <CardHeader>
        <CardTitle id="duplicates-heading">Possible duplicates</CardTitle>
      </CardHeader>
      <CardContent>
        <p className="mb-2 text-xs text-muted-foreground">Merging moves their meetings, evidence and spellings here; their links then lead here. It can be undone.</p>
        <ul className="grid grid-cols-1 gap-2 text-sm [overflow-wrap:anywhere]">
          {items.map((d) => (
            <li key={d.id} className="grid gap-1">
              <span>
                <Link href={`${basePath}/${d.id}` as Route} className="underline-offset-2 hover:underline">
                  {d.name}
                </Link>{" "}
                <span className="text-muted-foreground">{d.detail}</span>
              </span>
              <ActionButtonForm action={merge} values={{ id: d.id, intoId: into.id }}>
                Merge {d.name} into {into.name}
              </ActionButtonForm>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
