import { readOptionalJson } from "@/lib/api/body";
import { apiRoute, json } from "@/lib/api/handler";
import { dryRunImport } from "@/lib/api/imports/dry-run";

type Params = { id: string };

/** Confirms the columns (the body's over the guesses) and runs the dry run; a short file answers row by row. Scope: write. */
export const POST = apiRoute<Params>("write", async (request, { params }) => {
  const answer = await dryRunImport(params.id, await readOptionalJson(request));
  return json(answer.body, answer.status, answer.status === 202 ? { Location: `/api/v1/imports/${params.id}` } : {});
});
