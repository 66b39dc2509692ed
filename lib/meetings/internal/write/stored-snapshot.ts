import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingSnapshot } from "@/lib/meetings/write/snapshot";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;
type Writer = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/**
 * A meeting's snapshot as a revision stores it: each source's text replaced by the sha256 of its
 * content, the text kept once in "SourceText". A revision of a meeting whose sources are a
 * megabyte long then stores a few hundred bytes, however often it is tagged. Revisions written
 * before this kept the text itself; readers take either.
 */
type StoredSource = Omit<MeetingSnapshot["record"]["sources"][number], "text"> & { text?: string; textHash?: string };
export type StoredSnapshot = Omit<MeetingSnapshot, "record"> & { record: Omit<MeetingSnapshot["record"], "sources"> & { sources: StoredSource[] } };

export function sourceTextHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Snapshots in stored form; texts not kept yet are written (only those are sent), in one statement for all. */
export async function storeSnapshots(tx: Writer, snapshots: MeetingSnapshot[]): Promise<Prisma.InputJsonObject[]> {
  const texts = new Map(snapshots.flatMap((snapshot) => snapshot.record.sources.map((source) => [sourceTextHash(source.text), source.text] as const)));
  if (texts.size > 0) {
    const hashes = [...texts.keys()];
    const kept = await tx.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "SourceText" WHERE "hash" = ANY(${hashes}::text[])`;
    for (const { hash } of kept) texts.delete(hash);
    if (texts.size > 0) {
      await tx.$executeRaw`
        INSERT INTO "SourceText" ("hash", "text") SELECT * FROM unnest(${[...texts.keys()]}::text[], ${[...texts.values()]}::text[])
        ON CONFLICT ("hash") DO NOTHING`;
    }
  }
  return snapshots.map((snapshot) => {
    const stored: StoredSnapshot = {
      ...snapshot,
      record: { ...snapshot.record, sources: snapshot.record.sources.map(({ text, ...source }) => ({ ...source, textHash: sourceTextHash(text) })) },
    };
    return JSON.parse(JSON.stringify(stored)) as Prisma.InputJsonObject;
  });
}

/** Stored snapshots with their source texts back, in one query for all of them. */
export async function loadSnapshots(client: Reader, stored: (StoredSnapshot | null | undefined)[]): Promise<(MeetingSnapshot | null)[]> {
  const hashes = [...new Set(stored.flatMap((s) => s?.record?.sources?.flatMap((source) => (source.textHash ? [source.textHash] : [])) ?? []))];
  const rows = hashes.length > 0 ? await client.$queryRaw<{ hash: string; text: string }[]>`SELECT "hash", "text" FROM "SourceText" WHERE "hash" = ANY(${hashes}::text[])` : [];
  const texts = new Map(rows.map((row) => [row.hash, row.text]));
  return stored.map((snapshot) => {
    if (!snapshot?.record) return null;
    const sources = snapshot.record.sources.map(({ textHash, text, ...source }) => ({ ...source, text: text ?? (textHash ? (texts.get(textHash) ?? "") : "") }));
    return { ...snapshot, record: { ...snapshot.record, sources } };
  });
}

/** One stored snapshot with its texts back; null when there is none. */
export async function loadSnapshot(client: Reader, stored: unknown): Promise<MeetingSnapshot | null> {
  return (await loadSnapshots(client, [stored as StoredSnapshot | null]))[0] ?? null;
}
