import "server-only";
import { fieldError, readUpload } from "@/lib/api/body";
import { refuseUnknownParams } from "@/lib/api/cursor";
import type { IngestBatchProgress } from "@/lib/ingest/batches";
import { ingestBatchView } from "@/lib/api/ingest/batch";
import { startIngestBatch } from "@/lib/ingest/start-batch";

/** How a raw body's media type is read: the file name lib/ingest/parse-items.ts reads it by, or pasted text. */
export const INGEST_MEDIA_TYPES: Record<string, "items.jsonl" | "items.zip" | "pasted"> = {
  "application/x-ndjson": "items.jsonl",
  "application/jsonl": "items.jsonl",
  "application/x-jsonlines": "items.jsonl",
  "application/zip": "items.zip",
  "application/x-zip-compressed": "items.zip",
  "text/plain": "pasted",
};

const SEND = "Send JSONL (application/x-ndjson), a zip (application/zip), items separated by --- lines (text/plain), or a multipart form with a “file”.";
const FIELDS = ["name", "outlet", "published"] as const;

/**
 * Starts a batch from the body (the form's rules, caps and one-batch-at-a-time, lib/ingest/start-batch.ts):
 * the batch's name, default outlet and published day come from the query, or a multipart form's fields.
 */
export async function startIngestFromRequest(request: Request): Promise<IngestBatchProgress> {
  const params = new URL(request.url).searchParams;
  refuseUnknownParams(params, FIELDS);
  const upload = await readUpload(request);
  const fields: Record<string, string> = { pasted: upload.fields.pasted ?? "" };
  for (const field of FIELDS) fields[field] = params.get(field) ?? upload.fields[field] ?? "";
  let file: { name: string; bytes: Uint8Array } | null = null;
  if (upload.name !== null) file = { name: upload.name, bytes: upload.bytes };
  else if (upload.fields.pasted === undefined) {
    const kind = INGEST_MEDIA_TYPES[upload.mediaType];
    if (!kind) throw fieldError("file", SEND);
    if (kind === "pasted") fields.pasted = upload.bytes.toString("utf8");
    else file = { name: kind, bytes: upload.bytes };
  }
  const id = await startIngestBatch({ fields, file });
  return (await ingestBatchView(id)).batch;
}
