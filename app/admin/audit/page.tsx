import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAuthEvents } from "@/lib/auth/users/queries";

export const metadata: Metadata = { title: "Sign-in log" };

const KIND_LABELS: Record<string, string> = {
  SIGN_IN: "Signed in",
  SIGN_IN_FAILED: "Sign-in failed",
  SIGN_IN_THROTTLED: "Sign-in refused (too many failures)",
  SIGN_OUT: "Signed out",
  SIGN_OUT_EVERYWHERE: "Signed out everywhere",
  PASSWORD_CHANGED: "Changed password",
  USER_CREATED: "Created user",
  ROLE_CHANGED: "Changed role",
  USER_DEACTIVATED: "Deactivated user",
  USER_REACTIVATED: "Reactivated user",
  PASSWORD_RESET_BY_ADMIN: "Reset password",
  TWO_FACTOR_ENABLED: "Turned on two-step sign-in",
  TWO_FACTOR_DISABLED: "Turned off two-step sign-in",
  TWO_FACTOR_POLICY_CHANGED: "Changed the two-step sign-in policy",
  TWO_FACTOR_RESET_BY_ADMIN: "Reset two-step sign-in",
  MEETINGS_EXPORTED: "Exported meetings",
};

// The cursor is "<ISO time>_<id>" of the last row shown; anything else starts from the newest.
const cursorSchema = z
  .string()
  .regex(/^[\d\-:.TZ]+_[0-9a-f-]{36}$/u)
  .transform((value) => {
    const [time, id] = value.split("_") as [string, string];
    return { createdAt: new Date(time), id };
  })
  .refine((value) => !Number.isNaN(value.createdAt.getTime()));

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function describe(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("admin");
  const cursor = cursorSchema.safeParse((await searchParams).before);
  const { rows, hasMore } = await listAuthEvents({ before: cursor.success ? cursor.data : undefined });
  const last = rows.at(-1);
  return (
    <>
      <PageHeader title="Sign-in log" description="Sign-ins, failures, sign-outs and account changes, newest first. Times in UTC." />
      {rows.length === 0 ? (
        <EmptyState title="Nothing recorded yet" description="Sign-ins and account changes will appear here." />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">When (UTC)</TableHead>
              <TableHead scope="col">What</TableHead>
              <TableHead scope="col">Who</TableHead>
              <TableHead scope="col">Account</TableHead>
              <TableHead scope="col">From</TableHead>
              <TableHead scope="col">Details</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell className="whitespace-nowrap tabular-nums">
                  <time dateTime={row.createdAt.toISOString()}>{dateFormat.format(row.createdAt)}</time>
                </TableCell>
                <TableCell>{KIND_LABELS[row.kind] ?? row.kind}</TableCell>
                <TableCell>{row.actor ?? "—"}</TableCell>
                <TableCell>{row.subject ?? row.email ?? "—"}</TableCell>
                <TableCell className="font-mono text-xs">{row.address ?? "—"}</TableCell>
                <TableCell className="text-muted-foreground">{describe(row.detail)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {hasMore && last ? (
        <div className="mt-4">
          <Button asChild variant="outline">
            <Link href={`/admin/audit?before=${encodeURIComponent(`${last.createdAt.toISOString()}_${last.id}`)}`}>Older entries</Link>
          </Button>
        </div>
      ) : null}
    </>
  );
}
