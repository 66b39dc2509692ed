import { apiRoute, json } from "@/lib/api/handler";
import { importStatus } from "@/lib/api/imports/status";

type Params = { id: string };

/** An import's status, progress and counts. Scope: write (imports are the write side); its author and admins. */
export const GET = apiRoute<Params>("write", async (_request, { params }) => json(await importStatus(params.id)));
