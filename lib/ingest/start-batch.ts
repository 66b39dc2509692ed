import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { INGEST_LEASE_MS } from "@/lib/ingest/batches";
import { parseUpload } from "@/lib/ingest/parse-items";
import { kickIngestBatch } from "@/lib/ingest/runner";
import { ingestUploadSchema, type IngestItemInput } from "@/lib/ingest/schemas";

/** The upload as the action hands it over: the form's fields and its file, if one was chosen. */
export interface IngestUploadInput {
  fields: unknown;
  file: { name: string; bytes: Uint8Array } | null;
}

/** Keeps the items of a new batch and returns its id. No auth check. */
export async function unsafeCreateIngestBatch(name: string, items: IngestItemInput[], actorId: string | null): Promise<string> {
  return db.$transaction(async (tx) => {
    const batch = await tx.ingestBatch.create({
      data: { name, total: items.length, createdById: actorId, leaseUntil: new Date(Date.now() + INGEST_LEASE_MS) },
      select: { id: true },
    });
    await tx.ingestItem.createMany({
      data: items.map((item, position) => ({
        batchId: batch.id,
        position,
        text: item.text,
        outlet: item.outlet,
        url: item.url ?? null,
        label: item.label,
        publishedOn: item.published ? new Date(`${item.published}T00:00:00Z`) : null,
      })),
    });
    return batch.id;
  });
}

/**
 * Starts a batch from an upload (a zip, a JSONL file or pasted items), every item validated
 * first: one bad item refuses the upload, naming it. The items are read in the background; the
 * batch's page shows the progress. One running batch per analyst. Rule: analysts and admins.
 */
export async function startIngestBatch(input: IngestUploadInput): Promise<string> {
  const user = await requireRole("analyst");
  const parsed = ingestUploadSchema.safeParse(input.fields);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError("validation", "Check the fields below.", { fieldErrors: fieldErrors as Record<string, string[]> });
  }
  const { name, outlet, published, pasted } = parsed.data;
  if (!input.file && pasted.trim() === "") throw new AppError("validation", "Choose a file or paste items.", { fieldErrors: { pasted: ["Choose a file or paste items."] } });
  const items = parseUpload(input.file, pasted, { outlet, published });
  const running = await db.ingestBatch.count({ where: { createdById: user.id, status: "RUNNING" } });
  if (running > 0) throw new AppError("conflict", "Your previous batch is still being read. Start this one when it has finished.");
  const id = await unsafeCreateIngestBatch(name, items, user.id);
  void kickIngestBatch(id);
  return id;
}
