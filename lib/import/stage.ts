import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readImportTable } from "@/lib/import/read-table";

type Client = Pick<Prisma.TransactionClient, "importJob" | "$executeRaw">;

/** Staged rows are inserted this many at a time, two parameters a statement: a 100,000-row file in fifty statements. */
const STAGE_CHUNK = 2_000;

/**
 * Reads a file and stages it as a job (MAPPING) with one row per line of the file, numbered as a
 * spreadsheet numbers them (the header is row 1). "unsafe": it checks neither the caller nor the
 * size; `createImportJob` (jobs.ts) and the command line do. Returns the job's id.
 */
export async function unsafeStageImport(client: Client, file: { name: string; bytes: Buffer }, actorId: string | null): Promise<string> {
  const table = await readImportTable(file.bytes, file.name);
  const job = await client.importJob.create({
    data: {
      fileName: file.name.slice(0, 300),
      fileHash: createHash("sha256").update(file.bytes).digest("hex"),
      format: table.format,
      headers: table.headers,
      total: table.rows.length,
      createdById: actorId,
    },
    select: { id: true },
  });
  for (let start = 0; start < table.rows.length; start += STAGE_CHUNK) {
    const chunk = table.rows.slice(start, start + STAGE_CHUNK);
    await client.$executeRaw`
      INSERT INTO "ImportRow" ("jobId", "rowNumber", "cells")
      SELECT ${job.id}::uuid, x."rowNumber", x."cells"
      FROM unnest(${chunk.map((_, i) => start + i + 2)}::int[], ${chunk.map((cells) => JSON.stringify(cells))}::jsonb[]) AS x("rowNumber", "cells")`;
  }
  return job.id;
}
