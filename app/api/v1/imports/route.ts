import { apiRoute, json } from "@/lib/api/handler";
import { stageImportUpload } from "@/lib/api/imports/stage-upload";

/** Stages a CSV, JSON or XLSX file as an import with its guessed columns. Scope: write; role: analyst. */
export const POST = apiRoute("write", async (request) => {
  const staged = await stageImportUpload(request);
  return json(staged, 201, { Location: `/api/v1/imports/${staged.id}` });
});
