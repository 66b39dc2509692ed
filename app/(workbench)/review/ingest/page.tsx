import type { Metadata } from "next";
import { BatchList } from "@/components/ingest/batch-list";
import { IngestUploadForm } from "@/components/ingest/upload-form";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { listIngestBatches } from "@/lib/ingest/queries";
import { MAX_BATCH_ITEMS } from "@/lib/ingest/schemas";
import { startIngestAction } from "./actions";

export const metadata: Metadata = { title: "Batch ingest" };

export default async function IngestPage() {
  await requirePageUser("analyst");
  const batches = await listIngestBatches().catch(handlePageError);
  return (
    <div className="grid gap-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Batch ingest</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          Upload a day&apos;s wire items: each becomes a machine draft with its text as the source and its passages as evidence. The same meeting
          from two outlets becomes one draft with two sources; an item about a meeting already recorded is proposed to it as a source instead. Nothing
          is published until a reviewer accepts it.
        </p>
      </div>
      <IngestUploadForm action={startIngestAction} maxItems={MAX_BATCH_ITEMS} />
      <section aria-labelledby="batches-heading" className="grid gap-2">
        <h2 id="batches-heading" className="text-lg font-semibold">
          Latest batches
        </h2>
        <BatchList batches={batches} />
      </section>
    </div>
  );
}
