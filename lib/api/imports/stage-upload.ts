import "server-only";
import { fieldError, readUpload, type Upload } from "@/lib/api/body";
import { refuseUnknownParams } from "@/lib/api/cursor";
import type { ImportJobView } from "@/lib/import/dto";
import { createImportJob, getImportJob } from "@/lib/import/jobs";
import { formatOf, type ImportFormat } from "@/lib/import/read-table";

/** The media types a raw upload may be sent as, and the format each is read in. */
export const IMPORT_MEDIA_TYPES: Record<string, ImportFormat> = {
  "text/csv": "csv",
  "text/tab-separated-values": "csv",
  "application/json": "json",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

const SEND = "Send the file as multipart/form-data (field “file”), or as the body with Content-Type text/csv, application/json or the .xlsx type.";

/**
 * The name the file is staged under: a form's file keeps its own; a raw body takes `?fileName=`
 * (what revisions and the report name it by), its extension made to agree with the media type,
 * which says how it is read.
 */
function fileNameOf(upload: Upload, given: string | null): string {
  if (upload.name !== null) return upload.name;
  const format = IMPORT_MEDIA_TYPES[upload.mediaType];
  if (!format) throw fieldError("file", SEND);
  const name = given?.trim() || "upload";
  return formatOf(name) === format ? name : `${name}.${format}`;
}

/** Stages an uploaded file as a new import (the page's rules and caps, lib/import/jobs.ts) and returns it with its guessed columns. */
export async function stageImportUpload(request: Request): Promise<ImportJobView> {
  const params = new URL(request.url).searchParams;
  refuseUnknownParams(params, ["fileName"]);
  const upload = await readUpload(request);
  if (upload.mediaType === "" && upload.name === null) throw fieldError("file", SEND);
  const name = fileNameOf(upload, params.get("fileName"));
  const bytes = upload.bytes;
  const id = await createImportJob({ name, size: bytes.length, bytes: async () => new Uint8Array(bytes).buffer });
  return getImportJob(id);
}
