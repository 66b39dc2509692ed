import { History } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Says plainly that the page shows an old revision, whose it was and where the current one is. */
export function RevisionBanner({
  meetingId,
  version,
  createdAt,
  actor,
  currentVersion,
  isDeletion,
  restore,
}: {
  meetingId: string;
  version: number;
  createdAt: string;
  actor: string | null;
  currentVersion: number;
  isDeletion: boolean;
  restore?: ReactNode;
}) {
  return (
    <section
      role="region"
      aria-label="Old revision"
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border-2 border-warning bg-warning/10 px-4 py-3 print:border-black"
    >
      <div className="grid gap-0.5">
        <p className="flex items-center gap-2 font-semibold">
          <History className="size-4" aria-hidden="true" />
          Old revision {version} of {currentVersion}
          {isDeletion ? " (the deletion)" : null}
        </p>
        <p className="text-sm">
          The record as it stood on <time dateTime={createdAt}>{stamp.format(new Date(createdAt))} UTC</time>
          {actor ? `, saved by ${actor}` : null}. It is not the current record.{" "}
          <Link href={`/meetings/${meetingId}`} className="font-medium underline underline-offset-2 print:hidden">
            See the current record
          </Link>
        </p>
      </div>
      {restore}
    </section>
  );
}
