import { ActionButtonForm } from "@/components/entities/action-button-form";
import { RefreshWhileRunning } from "@/components/entities/refresh-while-running";
import { ImportRowsTable } from "@/components/import/rows-table";
import { MappingForm } from "@/components/import/mapping-form";
import { IMPORT_STATUS_LABELS } from "@/components/import/status-labels";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import type { ImportJobView, ImportRowView } from "@/lib/import/dto";

type Values = Record<string, string>;
type Show = "all" | "create" | "exists" | "refuse";

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
  return (
    <Card role="status" aria-label={label} aria-live="polite">
      <CardContent className="grid gap-2 text-sm">
        <p className="font-medium">
          {label}: {done.toLocaleString("en")} of {total.toLocaleString("en")} rows ({percent}%)
        </p>
        <progress className="h-2 w-full accent-primary" value={done} max={Math.max(total, 1)} aria-label={`${label}: ${percent}% done`} />
        <p className="text-muted-foreground">This page updates by itself. It goes on if you leave, and after a restart.</p>
        <RefreshWhileRunning />
      </CardContent>
    </Card>
  );
}

/** One import: its columns, the dry run row by row, the run's progress and outcome, the refused rows' report. */
export function ImportJobPanel({
  job,
  plans,
  rows,
  actions,
}: {
  job: ImportJobView;
  plans: { create: number; exists: number; refuse: number };
  rows: { rows: ImportRowView[]; page: number; pages: number; show: Show };
  actions: { confirm: FormAction<Values>; run: FormAction<Values> };
}) {
  const ran = job.status === "RUNNING" || job.status === "DONE" || job.done > 0;
  const counts = ran ? { create: job.created, exists: job.existing, refuse: job.refused } : plans;
  const refused = counts.refuse;
  const base = `/meetings/import/${job.id}`;
  const filters: { show: Show; label: string }[] = [
    { show: "all", label: "All rows" },
    { show: "create", label: ran ? `Created (${counts.create})` : `Would create (${counts.create})` },
    { show: "exists", label: `Already in Parley (${counts.exists})` },
    { show: "refuse", label: `Refused (${counts.refuse})` },
  ];
  const href = (show: Show, page = 1) => ({ pathname: base, query: page > 1 ? { show, page } : { show } });
  return (
    <div className="grid gap-6">
      <div>
        <p className="text-sm">
          <Link href="/meetings/import">Imports</Link>
        </p>
        <h1 className="text-2xl font-semibold">Import of {job.fileName}</h1>
        <p className="text-sm text-muted-foreground">
          {IMPORT_STATUS_LABELS[job.status]} · {job.total.toLocaleString("en")} rows · {job.format.toUpperCase()}
        </p>
      </div>

      {job.status === "FAILED" ? (
        <Card role="alert" aria-label="Import" className="border-destructive">
          <CardContent className="text-sm">{job.message}</CardContent>
        </Card>
      ) : null}
      {job.status === "CHECKING" ? <Progress label="Dry run" done={job.checked} total={job.total} /> : null}
      {job.status === "RUNNING" ? <Progress label="Import" done={job.done} total={job.total} /> : null}

      {job.status === "MAPPING" || job.status === "CHECKED" ? (
        <Card>
          <CardHeader>
            <CardTitle>Columns</CardTitle>
          </CardHeader>
          <CardContent>
            <MappingForm job={job} confirm={actions.confirm} />
          </CardContent>
        </Card>
      ) : null}

      {job.status === "CHECKED" || ran ? (
        <section aria-labelledby="rows-heading" className="grid gap-3">
          <h2 id="rows-heading" className="text-lg font-semibold">
            {ran ? "What the import did" : "What the import would do"}
          </h2>
          <p className="text-sm" role="status">
            {ran ? `${counts.create.toLocaleString("en")} created` : `${counts.create.toLocaleString("en")} to create`}, {counts.exists.toLocaleString("en")} already in Parley,{" "}
            {counts.refuse.toLocaleString("en")} refused.
          </p>
          <div className="flex flex-wrap items-center gap-3">
            {job.status === "CHECKED" ? (
              <ActionButtonForm action={actions.run} values={{ id: job.id }} variant="outline">
                {`Import ${counts.create.toLocaleString("en")} ${counts.create === 1 ? "meeting" : "meetings"}`}
              </ActionButtonForm>
            ) : null}
            {refused > 0 ? (
              <a className="text-sm underline" href={`${base}/refused`} download>
                Download the refused rows (CSV)
              </a>
            ) : null}
          </div>
          <nav aria-label="Rows to show" className="flex flex-wrap gap-3 text-sm">
            {filters.map((filter) => (
              <Link key={filter.show} href={href(filter.show)} aria-current={rows.show === filter.show ? "page" : undefined} className={rows.show === filter.show ? "font-semibold" : undefined}>
                {filter.label}
              </Link>
            ))}
          </nav>
          <ImportRowsTable rows={rows.rows} ran={ran} />
          {rows.pages > 1 ? (
            <nav aria-label="Pages of rows" className="flex gap-3 text-sm">
              {rows.page > 1 ? <Link href={href(rows.show, rows.page - 1)}>Previous</Link> : null}
              <span>
                Page {rows.page} of {rows.pages}
              </span>
              {rows.page < rows.pages ? <Link href={href(rows.show, rows.page + 1)}>Next</Link> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
