import { apiRoute, json } from "@/lib/api/handler";
import { runImport } from "@/lib/api/imports/status";

type Params = { id: string };

/** Starts the import after its dry run; it runs as a job (202), GET /imports/{id} follows it. Scope: write. */
export const POST = apiRoute<Params>("write", async (_request, { params }) =>
  json(await runImport(params.id), 202, { Location: `/api/v1/imports/${params.id}` }),
);
