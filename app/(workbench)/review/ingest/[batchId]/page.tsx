import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BatchItems } from "@/components/ingest/batch-items";
import { BatchProgress } from "@/components/ingest/batch-progress";
import { Link } from "@/components/ui/link";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { getIngestBatch } from "@/lib/ingest/queries";
import { acceptProposedSourceAction, dismissProposedSourceAction } from "../actions";

export const metadata: Metadata = { title: "Batch" };

type Props = { params: Promise<{ batchId: string }> };

export default async function IngestBatchPage({ params }: Props) {
  await requirePageUser("analyst");
  const page = await getIngestBatch((await params).batchId).catch(handlePageError);
  if (!page) notFound();
  return (
    <div className="grid gap-6">
      <div>
        <p className="text-sm">
          <Link href="/review/ingest" className="underline-offset-2 hover:underline">
            Batch ingest
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{page.batch.name}</h1>
      </div>
      <BatchProgress batch={page.batch} />
      <BatchItems items={page.items} canReview actions={{ accept: acceptProposedSourceAction, dismiss: dismissProposedSourceAction }} />
    </div>
  );
}
