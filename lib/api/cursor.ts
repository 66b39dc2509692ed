import { AppError } from "@/lib/errors";

/**
 * A page cursor as the API hands it out: opaque to clients (base64url), holding the page it leads
 * to and, where the list has one, the table's own keyset position (`<page>.<sort value>.<id>`,
 * lib/meetings/search/filter-schema.ts), so a deep page is read from the index, not by OFFSET.
 */
export interface PageCursor {
  page: number;
  keyset: string | null;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(cursor.keyset ?? String(cursor.page), "utf8").toString("base64url");
}

export function decodeCursor(value: string | null, field = "cursor"): PageCursor {
  if (!value) return { page: 1, keyset: null };
  const text = Buffer.from(value, "base64url").toString("utf8");
  const page = Number(/^(\d{1,6})(?:\.|$)/.exec(text)?.[1]);
  if (!Number.isInteger(page) || page < 1) {
    throw new AppError("validation", "The cursor is not one this API handed out.", { fieldErrors: { [field]: ["Pass the nextCursor of the previous page, unchanged."] } });
  }
  return { page, keyset: text.includes(".") ? text : null };
}

/** A `limit` query value from 1 to `max` (`fallback` when absent), or a validation error. */
export function readLimit(value: string | null, max: number, fallback: number): number {
  if (value === null || value === "") return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new AppError("validation", "Check the query parameters.", { fieldErrors: { limit: [`Ask for 1 to ${max} items.`] } });
  }
  return limit;
}

/** Refuses query parameters a list does not know: a typo must not silently widen a result. */
export function refuseUnknownParams(params: URLSearchParams, known: readonly string[]): void {
  const unknown = [...new Set(params.keys())].filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new AppError("validation", "Check the query parameters.", {
      fieldErrors: Object.fromEntries(unknown.map((key) => [key, ["This parameter is not known here."]])),
    });
  }
}
