import { apiRoute } from "@/lib/api/handler";
import { entityResponse } from "@/lib/api/registry/entity-response";
import { getPersonEntity } from "@/lib/api/registry/get-entity";

/** One person; a merged one answers 308 to the record it went into. Scope: read. */
export const GET = apiRoute<{ id: string }>("read", async (_request, { params }) => entityResponse("people", await getPersonEntity(params.id)));
