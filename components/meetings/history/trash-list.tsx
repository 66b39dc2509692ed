import { Trash2 } from "lucide-react";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { UndeleteButton } from "@/components/meetings/history/undelete-button";
import type { DeletedMeeting } from "@/lib/meetings/history/trash";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Deleted meetings, most recently deleted first, each restorable as it was. */
export function TrashList({
  rows,
  next,
  undelete,
}: {
  rows: DeletedMeeting[];
  next: { deletedAt: string; id: string } | null;
  undelete: FormAction<{ id: string }>;
}) {
  return (
    <section aria-labelledby="trash-heading" className="grid gap-4">
      <div>
        <h1 id="trash-heading" className="text-2xl font-semibold tracking-tight">
          Trash
        </h1>
        <p className="text-sm text-muted-foreground">Deleted meetings keep their whole history. Restoring one brings it back exactly as it was.</p>
      </div>
      {rows.length === 0 ? (
        <EmptyState icon={<Trash2 />} title="The trash is empty" description="Meetings that analysts delete appear here." />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Meeting</TableHead>
              <TableHead>Meeting date</TableHead>
              <TableHead>Deleted</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <Link href={`/meetings/${row.id}`} className="font-medium underline-offset-2 hover:underline">
                    {row.title}
                  </Link>
                </TableCell>
                <TableCell>{row.dateLabel}</TableCell>
                <TableCell>
                  <time dateTime={row.deletedAt}>{stamp.format(new Date(row.deletedAt))} UTC</time>
                  {row.deletedBy ? ` by ${row.deletedBy}` : null}
                </TableCell>
                <TableCell className="text-right">
                  <UndeleteButton id={row.id} title={row.title} action={undelete} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {next ? (
        <Link href={`/meetings/trash?after=${encodeURIComponent(next.deletedAt)}&afterId=${next.id}`} className="w-fit text-sm text-primary underline-offset-2 hover:underline">
          Older deletions
        </Link>
      ) : null}
    </section>
  );
}
