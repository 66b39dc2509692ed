import { apiRoute, json } from "@/lib/api/handler";
import { listTagsPage } from "@/lib/api/registry/list-tags";

/** Tags alphabetically with their meeting counts, by cursor. Scope: read. */
export const GET = apiRoute("read", async (request) => json(await listTagsPage(new URL(request.url).searchParams)));
