import { AppError } from "@/lib/errors";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/forms/body-limit";
import { BadRequest, PayloadTooLarge } from "@/lib/api/problem";

/**
 * The largest body an upload route reads: the pages' own limit for a form post. Past 10 MB the
 * proxy in front cuts a body short rather than refusing it (lib/forms/body-limit.ts), so a larger
 * upload could never arrive whole anyway.
 */
export const API_UPLOAD_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_BYTES;

/** The request's body, refused with 413 past `max` bytes: by its Content-Length, else while it streams in. */
export async function readBodyBytes(request: Request, max = API_UPLOAD_BODY_LIMIT_BYTES): Promise<Buffer> {
  const tooLarge = () => new PayloadTooLarge(`The body can be at most ${max / 1024 / 1024} MB.`);
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** An uploaded file: from a multipart form's `file` field, or the whole body with its media type. */
export interface Upload {
  name: string | null;
  mediaType: string;
  bytes: Buffer;
  /** A multipart form's other text fields; empty for a raw body. */
  fields: Record<string, string>;
}

/** The media type without its parameters, lower case: `text/csv; charset=utf-8` → `text/csv`. */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * Reads an upload within the body limit. A multipart form's `file` field keeps its file name; a
 * raw body has none (the caller names it from its media type or a query parameter).
 */
export async function readUpload(request: Request): Promise<Upload> {
  const mediaType = mediaTypeOf(request);
  const bytes = await readBodyBytes(request);
  if (mediaType !== "multipart/form-data") return { name: null, mediaType, bytes, fields: {} };
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "Content-Type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new BadRequest("The body is not a multipart form Parley can read.");
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  const file = form.get("file");
  if (!(file instanceof File)) return { name: null, mediaType: "", bytes: Buffer.alloc(0), fields };
  return { name: file.name, mediaType: file.type.split(";")[0]!.trim().toLowerCase(), bytes: Buffer.from(await file.arrayBuffer()), fields };
}

/** A validation error on one field, as problem details show it. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("validation", message, { fieldErrors: { [field]: [message] } });
}

/** A JSON body that may be left out: empty is `{}`; anything else must be JSON (400 otherwise). */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = (await readBodyBytes(request, 1024 * 1024)).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadRequest("The body must be JSON, or empty.");
  }
}
