import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readLimit, refuseUnknownParams } from "@/lib/api/cursor";
import { CHANGES_PAGE_MAX, readChanges } from "@/lib/changes/feed";

export const CHANGES_PARAMS = ["after", "limit"] as const;
const SEQ = /^\d{1,19}$/;

export interface ChangeItem {
  /** This change's place in the feed; pass the last one you handled as `after`. */
  cursor: string;
  entityType: string;
  entityId: string;
  action: string;
  version: number;
  actorId: string | null;
  at: string;
  note: string | null;
}

/**
 * The changes feed (decision 0039) for API clients: every create, update, delete, merge and
 * restore in commit order after a cursor (the seq as a string; "0" or none from the beginning).
 * `nextCursor` is where to resume; it equals `after` when nothing new came. Rule: any signed-in
 * caller (it names records and actors by id only; their content is read through the other routes).
 */
export async function readChangesPage(params: URLSearchParams): Promise<{ data: ChangeItem[]; nextCursor: string }> {
  await requireUser();
  refuseUnknownParams(params, CHANGES_PARAMS);
  const afterText = params.get("after") ?? "0";
  if (!SEQ.test(afterText) || BigInt(afterText) > 9_223_372_036_854_775_807n) {
    throw new AppError("validation", "Check the query parameters.", { fieldErrors: { after: ["Pass a cursor this feed handed out (digits), or 0."] } });
  }
  const after = BigInt(afterText);
  const limit = readLimit(params.get("limit"), CHANGES_PAGE_MAX, 100);
  const changes = await readChanges(db, { after, limit });
  return {
    data: changes.map((change) => ({
      cursor: change.seq.toString(),
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      version: change.version,
      actorId: change.actorId,
      at: change.at.toISOString(),
      note: change.note,
    })),
    nextCursor: (changes.at(-1)?.seq ?? after).toString(),
  };
}
