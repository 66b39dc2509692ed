import "server-only";
import { AppError } from "@/lib/errors";
import { getIngestBatch } from "@/lib/ingest/queries";

/** A batch's progress and what each item became. Analysts and admins (lib/ingest/queries.ts). */
export async function ingestBatchView(id: string) {
  const found = await getIngestBatch(id);
  if (!found) throw new AppError("not_found", "This batch does not exist.");
  return found;
}
