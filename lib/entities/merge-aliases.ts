import "server-only";
import { ALIAS_STORES, type AliasOwner, type FullAliasRow } from "@/lib/entities/aliases";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** What a merge did to the aliases, kept in its MERGE revision so that an undo puts them back. */
export interface AliasMergeRecord {
  movedAliasIds: string[];
  /** Aliases of the merged entity dropped because the kept one already had that spelling (full rows). */
  droppedAliases: FullAliasRow[];
  /** The alias made of the merged entity's name on the kept one, if it was new. */
  createdAliasId: string | null;
}

const NOTES: Record<AliasOwner, string> = { person: "Merged person", organization: "Merged organisation" };

/**
 * Moves `from`'s spellings to `into` (case aside, a spelling `into` already has is dropped) and
 * records `from`'s own name as one of `into`'s spellings. No auth check: only for guarded merges.
 */
export async function mergeAliases(tx: Tx, owner: AliasOwner, from: { id: string; name: string }, into: { id: string; name: string }): Promise<AliasMergeRecord> {
  const store = ALIAS_STORES[owner];
  const record: AliasMergeRecord = { movedAliasIds: [], droppedAliases: [], createdAliasId: null };
  const have = new Set([into.name, ...(await store.rows(tx, into.id)).map((a) => a.alias)].map((a) => a.toLowerCase()));
  for (const alias of await store.rows(tx, from.id)) {
    if (have.has(alias.alias.toLowerCase())) {
      record.droppedAliases.push(alias);
      await store.remove(tx, alias.id);
    } else {
      record.movedAliasIds.push(alias.id);
      have.add(alias.alias.toLowerCase());
    }
  }
  if (record.movedAliasIds.length) await store.move(tx, record.movedAliasIds, into.id);
  if (!have.has(from.name.toLowerCase())) {
    record.createdAliasId = (await store.insert(tx, into.id, { alias: from.name, sourceId: null, note: NOTES[owner] })).id;
  }
  return record;
}

/** Puts every alias of a merge back on `fromId` as it was. No auth check. */
export async function unmergeAliases(tx: Tx, owner: AliasOwner, fromId: string, record: AliasMergeRecord): Promise<void> {
  const store = ALIAS_STORES[owner];
  if (record.movedAliasIds.length) await store.move(tx, record.movedAliasIds, fromId);
  for (const alias of record.droppedAliases) await store.insert(tx, fromId, alias);
  // The merged name may have been removed by hand since: then there is nothing to take back.
  if (record.createdAliasId && (await store.ownerOf(tx, record.createdAliasId))) await store.remove(tx, record.createdAliasId);
}
