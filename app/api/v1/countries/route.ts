import { apiRoute, json } from "@/lib/api/handler";
import { listRegistryPage } from "@/lib/api/registry/list-registry";

/** The countries index: search, sort and meeting counts as on its page, by cursor. Scope: read. */
export const GET = apiRoute("read", async (request) => json(await listRegistryPage("countries", new URL(request.url).searchParams)));
