import "server-only";
import { decodeCursor, encodeCursor, readLimit, refuseUnknownParams } from "@/lib/api/cursor";
import { listTags, type TagListItem } from "@/lib/tags/queries";

export const TAG_LIST_MAX = 500;

/**
 * Tags alphabetically, paged by cursor over the tags page's own list (lib/tags/queries.ts, rule:
 * any signed-in caller). Tags are few (hundreds): the list is read whole and cut here.
 */
export async function listTagsPage(params: URLSearchParams): Promise<{ data: TagListItem[]; nextCursor: string | null; total: number }> {
  refuseUnknownParams(params, ["limit", "cursor"]);
  const limit = readLimit(params.get("limit"), TAG_LIST_MAX, 100);
  const { page } = decodeCursor(params.get("cursor"));
  const tags = await listTags();
  const start = (page - 1) * limit;
  return {
    data: tags.slice(start, start + limit),
    nextCursor: start + limit < tags.length ? encodeCursor({ page: page + 1, keyset: null }) : null,
    total: tags.length,
  };
}
