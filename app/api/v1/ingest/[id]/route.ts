import { apiRoute, json } from "@/lib/api/handler";
import { ingestBatchView } from "@/lib/api/ingest/batch";

type Params = { id: string };

/** A batch's progress and what each item became, with meeting ids. Scope: write; role: analyst. */
export const GET = apiRoute<Params>("write", async (_request, { params }) => {
  const { batch, items } = await ingestBatchView(params.id);
  return json({ ...batch, items });
});
