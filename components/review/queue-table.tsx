import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { StatusBadge } from "@/components/meetings/meeting-badges";
import { ReturnDialog } from "@/components/review/return-dialog";
import { StepButton } from "@/components/review/step-button";
import type { ReviewQueueRow } from "@/lib/review/dto";
import type { ReviewTab } from "@/lib/review/schemas";

export interface QueueActions {
  assign: FormAction<Record<string, string>>;
  approve: FormAction<Record<string, string>>;
  returnMeeting: FormAction<Record<string, string>>;
  submit: FormAction<Record<string, string>>;
}

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** One page of a review list, each row with the steps it allows. */
export function QueueTable({ tab, rows, actions }: { tab: ReviewTab; rows: ReviewQueueRow[]; actions: QueueActions }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Meeting</TableHead>
          <TableHead>{tab === "returned" ? "Author and reason" : tab === "machine" ? "Check first" : "Taken by"}</TableHead>
          <TableHead>Waiting since</TableHead>
          <TableHead>
            <span className="sr-only">Steps</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <div className="grid gap-1">
                <Link href={`/meetings/${row.id}`} className="font-medium underline-offset-2 hover:underline">
                  {row.title}
                </Link>
                <span className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  <StatusBadge status={row.status} />
                  {row.date ?? "No date"}
                </span>
              </div>
            </TableCell>
            <TableCell>{tab === "returned" ? <Returned row={row} /> : tab === "machine" ? <Flags row={row} /> : (row.assignee?.name ?? "Nobody yet")}</TableCell>
            <TableCell>
              <time dateTime={row.updatedAt}>{stamp.format(new Date(row.updatedAt))} UTC</time>
            </TableCell>
            <TableCell>
              <div className="flex flex-wrap justify-end gap-2">
                {tab === "returned" ? (
                  <StepButton id={row.id} version={row.version} action={actions.submit} pendingLabel="Sending…">
                    Send for review again
                  </StepButton>
                ) : (
                  <>
                    {row.assignee ? null : (
                      <StepButton id={row.id} action={actions.assign} pendingLabel="Taking…">
                        Take it
                      </StepButton>
                    )}
                    <ReturnDialog id={row.id} version={row.version} title={row.title} action={actions.returnMeeting} />
                    <StepButton id={row.id} version={row.version} action={actions.approve} pendingLabel="Publishing…" variant="primary">
                      {tab === "machine" ? "Accept" : "Approve"}
                    </StepButton>
                  </>
                )}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Returned({ row }: { row: ReviewQueueRow }) {
  return (
    <span className="grid gap-0.5">
      <span>{row.author ?? "Parley"}</span>
      {row.reason ? <span className="text-muted-foreground">“{row.reason}”</span> : null}
    </span>
  );
}

function Flags({ row }: { row: ReviewQueueRow }) {
  const { noDate, newPeople, lowConfidence, confidence } = row.flags;
  if (!noDate && newPeople === 0 && !lowConfidence) return <span className="text-muted-foreground">Nothing flagged</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Flags">
      {noDate ? (
        <li>
          <Badge variant="warning">No date</Badge>
        </li>
      ) : null}
      {newPeople > 0 ? (
        <li>
          <Badge variant="warning">{newPeople === 1 ? "1 participant not linked to a known person" : `${newPeople} participants not linked to known people`}</Badge>
        </li>
      ) : null}
      {lowConfidence ? (
        <li>
          <Badge variant="warning">Low confidence ({Math.round((confidence ?? 0) * 100)}%)</Badge>
        </li>
      ) : null}
    </ul>
  );
}
