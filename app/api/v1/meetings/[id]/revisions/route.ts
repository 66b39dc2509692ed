import { apiRoute, json } from "@/lib/api/handler";
import { listMeetingRevisions } from "@/lib/meetings/history/queries";

/** A meeting's revisions, newest first. Scope: read. */
export const GET = apiRoute<{ id: string }>("read", async (_request, { params }) => json({ data: await listMeetingRevisions(params.id) }));
