import { apiRoute, json } from "@/lib/api/handler";
import { readChangesPage } from "@/lib/api/changes";

/** Every change in commit order after `?after=<cursor>`. Scope: read. */
export const GET = apiRoute("read", async (request) => json(await readChangesPage(new URL(request.url).searchParams)));
