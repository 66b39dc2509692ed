import { apiRoute } from "@/lib/api/handler";
import { entityResponse } from "@/lib/api/registry/entity-response";
import { getCountryEntity } from "@/lib/api/registry/get-entity";

/** One country; a merged one answers 308 to the record it went into. Scope: read. */
export const GET = apiRoute<{ id: string }>("read", async (_request, { params }) => entityResponse("countries", await getCountryEntity(params.id)));
