import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportRowView } from "@/lib/import/dto";

const PLAN_WORDS = { CREATE: "Would create", EXISTS: "Already in Parley", REFUSE: "Refused" } as const;
const OUTCOME_WORDS = { CREATED: "Created", EXISTS: "Already in Parley", REFUSED: "Refused" } as const;

/** What the row says of its leader and organisation: new, linked to someone (through a spelling), or the one an earlier row creates. */
function links(row: ImportRowView): string {
  const d = row.detail;
  if (!d) return "";
  const parts: string[] = [];
  const p = d.person;
  if (p?.action === "link") parts.push(p.spelling ? `Leader: linked to ${p.name} (spelled “${p.spelling}”)` : `Leader: linked to ${p.name}`);
  if (p?.action === "create") parts.push(`Leader: new person ${p.name}`);
  if (p?.action === "earlier-row") parts.push(`Leader: ${p.name}, created by row ${p.rowNumber}`);
  const o = d.organization;
  if (o?.action === "link") parts.push(`Organisation: linked to ${o.name}${o.via === "name" ? "" : ` (by its ${o.via === "acronym" ? "acronym" : "spelling"})`}`);
  if (o?.action === "create") parts.push(`Organisation: new, ${o.name}`);
  if (o?.action === "earlier-row") parts.push(`Organisation: ${o.name}, created by row ${o.rowNumber}`);
  return parts.join(" · ");
}

/** The rows in the file's order: what the dry run says of each and, after the run, what became of it. */
export function ImportRowsTable({ rows, ran }: { rows: ImportRowView[]; ran: boolean }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead className="w-16 text-right">Row</TableHead>
          <TableHead>{ran ? "Outcome" : "Dry run"}</TableHead>
          <TableHead>Meeting</TableHead>
          <TableHead>Links and reasons</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const meetingId = row.meetingId ?? row.detail?.meetingId ?? null;
          const reason = (ran ? row.reason : null) ?? row.detail?.reason ?? "";
          return (
            <TableRow key={row.rowNumber}>
              <TableCell className="text-right tabular-nums">{row.rowNumber}</TableCell>
              <TableCell>{ran && row.outcome ? OUTCOME_WORDS[row.outcome] : row.plan ? PLAN_WORDS[row.plan] : "Waiting"}</TableCell>
              <TableCell>
                {meetingId ? <Link href={`/meetings/${meetingId}`}>{row.detail?.title ?? "Open the meeting"}</Link> : (row.detail?.title ?? "")}
                {row.detail?.date ? <span className="text-muted-foreground"> · {row.detail.date}</span> : null}
              </TableCell>
              <TableCell className="text-sm">{[links(row), reason].filter(Boolean).join(" · ")}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
