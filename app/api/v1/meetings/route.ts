import { apiRoute, json, readJson } from "@/lib/api/handler";
import { listMeetingsPage } from "@/lib/api/meetings/list-meetings";
import { createMeeting } from "@/lib/meetings/mutations";

/** Meetings with the table's search, filters and sort, by cursor. Scope: read. */
export const GET = apiRoute("read", async (request) => json(await listMeetingsPage(new URL(request.url).searchParams)));

/** Records a meeting from a whole record (the form's schema). Scope: write; role: analyst. */
export const POST = apiRoute("write", async (request) => {
  const created = await createMeeting(await readJson(request));
  return json(created, 201, { Location: `/api/v1/meetings/${created.id}` });
});
