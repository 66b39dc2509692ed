import { apiRoute, json, readJson } from "@/lib/api/handler";
import { getMeetingRecord } from "@/lib/api/meetings/get-meeting";
import { readUpdateEnvelope, readVersionParam } from "@/lib/api/meetings/write-body";
import { deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";

type Params = { id: string };

/** A meeting's whole record with its version. Scope: read. */
export const GET = apiRoute<Params>("read", async (_request, { params }) => json(await getMeetingRecord(params.id)));

/** Replaces the record if nobody saved since `version`; 409 with the current record otherwise. Scope: write. */
export const PUT = apiRoute<Params>("write", async (request, { params }) => {
  const { version, record } = readUpdateEnvelope(await readJson(request));
  return json(await updateMeeting(params.id, version, record));
});

/** Moves a meeting read at `?version=` to the trash. Scope: write. */
export const DELETE = apiRoute<Params>("write", async (request, { params }) =>
  json(await deleteMeeting(params.id, readVersionParam(new URL(request.url).searchParams.get("version")))),
);
