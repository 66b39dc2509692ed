import { apiRoute, json } from "@/lib/api/handler";
import { importRowsPage } from "@/lib/api/imports/rows";

type Params = { id: string };

/** The import's rows in file order: the dry run's plan and, once run, each outcome. Scope: write. */
export const GET = apiRoute<Params>("write", async (request, { params }) => json(await importRowsPage(params.id, new URL(request.url).searchParams)));
