import { z } from "zod";
import { lookupQuerySchema } from "@/lib/lookup/lookup-query";
import { REGISTRY_MAX_PAGE, REGISTRY_SORT_KEYS, effectiveRegistrySort, type RegistrySortKey, type SortDirection } from "@/lib/registry/list-params";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * An index page's search params as the server trusts them: a hand-edited URL never errors, it
 * falls back to the default for the part it got wrong.
 */
export const registryQuerySchema = z
  .object({
    q: z.preprocess(first, lookupQuerySchema).catch(""),
    sort: z.preprocess(first, z.enum(REGISTRY_SORT_KEYS)).optional().catch(undefined),
    dir: z.preprocess(first, z.enum(["asc", "desc"])).optional().catch(undefined),
    page: z.preprocess(first, z.coerce.number().int().min(1).max(REGISTRY_MAX_PAGE)).catch(1),
  })
  .transform((params) => ({ q: params.q, page: params.page ?? 1, ...effectiveRegistrySort(params) }));

export interface RegistryQuery {
  q: string;
  page: number;
  sort: RegistrySortKey;
  dir: SortDirection;
}
