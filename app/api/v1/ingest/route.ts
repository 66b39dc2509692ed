import { apiRoute, json } from "@/lib/api/handler";
import { startIngestFromRequest } from "@/lib/api/ingest/start";

/** Starts a batch from JSONL, a zip or pasted items; it is read as a job (202). Scope: write; role: analyst. */
export const POST = apiRoute("write", async (request) => {
  const batch = await startIngestFromRequest(request);
  return json(batch, 202, { Location: `/api/v1/ingest/${batch.id}` });
});
