import { apiRoute } from "@/lib/api/handler";
import { entityResponse } from "@/lib/api/registry/entity-response";
import { getOrganizationEntity } from "@/lib/api/registry/get-entity";

/** One organization; a merged one answers 308 to the record it went into. Scope: read. */
export const GET = apiRoute<{ id: string }>("read", async (_request, { params }) => entityResponse("organizations", await getOrganizationEntity(params.id)));
