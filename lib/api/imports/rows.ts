import "server-only";
import { z } from "zod";
import { decodeCursor, encodeCursor, refuseUnknownParams } from "@/lib/api/cursor";
import { AppError } from "@/lib/errors";
import type { ImportRowView } from "@/lib/import/dto";
import type { PlanDetail } from "@/lib/import/plan-detail";
import { listImportRows, ROW_FILTERS } from "@/lib/import/rows";

export const rowFilterSchema = z.enum(ROW_FILTERS).default("all");
/** The import pages' own limit: 1,000 pages of 100 rows, the most a file holds. */
const MAX_PAGE = 1_000;

export interface ImportRowsPage {
  data: (Omit<ImportRowView, "detail"> & { detail: Omit<PlanDetail, "personKey" | "organizationKey"> | null })[];
  nextCursor: string | null;
}

/** A page of an import's rows (lib/import/rows.ts), `show` keeping one kind, paged by cursor. */
export async function importRowsPage(id: string, params: URLSearchParams): Promise<ImportRowsPage> {
  refuseUnknownParams(params, ["show", "cursor"]);
  const show = rowFilterSchema.safeParse(params.get("show") ?? undefined);
  if (!show.success) throw new AppError("validation", "Check the query parameters.", { fieldErrors: { show: [`One of ${ROW_FILTERS.join(", ")}.`] } });
  const { page } = decodeCursor(params.get("cursor"));
  if (page > MAX_PAGE) throw new AppError("validation", "The cursor is not one this API handed out.", { fieldErrors: { cursor: ["Pass the nextCursor of the previous page, unchanged."] } });
  const result = await listImportRows(id, { page, show: show.data });
  return {
    // The keys a resumed dry run rebuilds its memory from are the job's, not the reader's.
    data: result.rows.map((row) => ({ ...row, detail: row.detail && (({ personKey: _p, organizationKey: _o, ...shown }) => shown)(row.detail) })),
    nextCursor: page < result.pages ? encodeCursor({ page: page + 1, keyset: null }) : null,
  };
}
