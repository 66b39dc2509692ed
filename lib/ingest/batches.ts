import "server-only";
import { db } from "@/lib/db";
import type { IngestBatchStatus } from "@/lib/generated/prisma/client";

/** How long the instance running a batch holds it between items before another may take it over. */
export const INGEST_LEASE_MS = 60_000;

/** A batch as its progress bar shows it. */
export interface IngestBatchProgress {
  id: string;
  name: string;
  status: IngestBatchStatus;
  total: number;
  /** Items read so far. */
  done: number;
  drafted: number;
  addedToDraft: number;
  proposed: number;
  skipped: number;
  failed: number;
  message: string | null;
  createdAt: string;
}

export const PROGRESS_SELECT = {
  id: true,
  name: true,
  status: true,
  total: true,
  cursor: true,
  drafted: true,
  addedToDraft: true,
  proposed: true,
  skipped: true,
  failed: true,
  message: true,
  createdAt: true,
} as const;

type ProgressRow = { [K in keyof typeof PROGRESS_SELECT]: K extends "createdAt" ? Date : K extends "status" ? IngestBatchStatus : K extends "message" ? string | null : K extends "id" | "name" ? string : number };

export function asProgress({ cursor, createdAt, ...row }: ProgressRow): IngestBatchProgress {
  return { ...row, done: cursor, createdAt: createdAt.toISOString() };
}

/** A batch's progress. No auth check: the runner's and the guarded queries' read. */
export async function readIngestBatch(id: string): Promise<IngestBatchProgress | null> {
  const row = await db.ingestBatch.findUnique({ where: { id }, select: PROGRESS_SELECT });
  return row ? asProgress(row) : null;
}
