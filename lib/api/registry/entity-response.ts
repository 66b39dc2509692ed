import { json } from "@/lib/api/handler";
import type { Found } from "@/lib/api/registry/get-entity";

/** The entity, or a permanent redirect from a merged id to the record it went into. */
export function entityResponse<T>(collection: string, found: Found<T>): Response {
  if (found.state === "merged") return new Response(null, { status: 308, headers: { Location: `/api/v1/${collection}/${found.into}` } });
  return json(found.entity);
}
