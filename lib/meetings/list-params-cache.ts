import "server-only";
import { createSearchParamsCache } from "nuqs/server";
import { meetingListParsers } from "@/lib/meetings/list-params";

/** The list's URL parsed once per request, readable from any server component below the page. */
export const meetingListParamsCache = createSearchParamsCache(meetingListParsers);
