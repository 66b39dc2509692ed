"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import type { ImportJobView } from "@/lib/import/dto";
import { IMPORT_STATUS_LABELS } from "@/components/import/status-labels";

type Values = Record<string, string>;

/** Choose a file to import, and the imports started before. */
export function ImportStart({ jobs, upload, limits }: { jobs: ImportJobView[]; upload: FormAction<Values>; limits: { megabytes: number; rows: number } }) {
  const { state, formAction, pending } = useActionToast(upload, {});
  const ids = { file: useId(), help: useId(), error: useId() };
  const error = state.status === "invalid" ? state.fieldErrors.file?.[0] : undefined;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Import meetings</h1>
      <Card>
        <CardHeader>
          <CardTitle>Choose a file</CardTitle>
          <CardDescription>
            A CSV, JSON or Excel (.xlsx) file with one meeting per row, such as a team&apos;s spreadsheet or a dataset of leaders&apos; visits (date, leader, title,
            country visited, city, purpose). Next you confirm which column is which and see, row by row, what the import would do before anything is saved.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <form action={formAction} className="grid gap-2">
            <label htmlFor={ids.file} className="text-sm font-medium">
              File
            </label>
            <input
              id={ids.file}
              name="file"
              type="file"
              accept=".csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${ids.help} ${ids.error}` : ids.help}
              className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm file:text-foreground"
            />
            <p id={ids.help} className="text-sm text-muted-foreground">
              At most {limits.megabytes} MB and {limits.rows.toLocaleString("en")} rows; the first row names the columns. Larger files: an operator runs npm run import.
            </p>
            {error ? (
              <p id={ids.error} className="text-sm text-destructive">
                {error}
              </p>
            ) : null}
            <div>
              <Button type="submit" disabled={pending}>
                {pending ? "Reading the file…" : "Upload and map columns"}
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      {jobs.length > 0 ? (
        <section aria-labelledby="recent-imports" className="grid gap-2">
          <h2 id="recent-imports" className="text-lg font-semibold">
            Recent imports
          </h2>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>File</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Rows</TableHead>
                <TableHead className="text-right">Created</TableHead>
                <TableHead>Started</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {jobs.map((job) => (
                <TableRow key={job.id}>
                  <TableCell>
                    <Link href={`/meetings/import/${job.id}`}>{job.fileName}</Link>
                  </TableCell>
                  <TableCell>{IMPORT_STATUS_LABELS[job.status]}</TableCell>
                  <TableCell className="text-right tabular-nums">{job.total.toLocaleString("en")}</TableCell>
                  <TableCell className="text-right tabular-nums">{job.created.toLocaleString("en")}</TableCell>
                  <TableCell>{job.createdAt.slice(0, 16).replace("T", " ")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
