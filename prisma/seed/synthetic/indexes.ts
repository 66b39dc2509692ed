import type pg from "pg";

/**
 * Secondary indexes of the tables a bulk load fills. Maintaining them row by row costs more
 * than building them once afterwards, so a large load drops them and recreates them from the
 * definitions PostgreSQL reports (never a copy of the migration's DDL, which could drift).
 * Primary keys and unique constraints stay: they guard the data and the search-vector
 * function reads through them.
 */
export const BULK_TABLES = ["Meeting", "MeetingCountry", "Participation", "MeetingTopic", "MeetingTag", "Source", "Evidence", "MeetingMatch"];

/** Kept too: each meeting's match vector gathers its sources through this one. */
const KEPT_DURING_LOAD = ["Source_meetingId_idx"];

export interface IndexDefinition {
  name: string;
  table: string;
  definition: string;
}

export async function dropSecondaryIndexes(client: pg.Client): Promise<IndexDefinition[]> {
  const { rows } = await client.query<{ indexname: string; tablename: string; indexdef: string }>(
    `SELECT i.indexname, i.tablename, i.indexdef
     FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = 'public'::regnamespace
     JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[]) AND NOT x.indisunique AND NOT x.indisprimary
       AND NOT i.indexname = ANY($2::text[])
     ORDER BY i.tablename, i.indexname`,
    [BULK_TABLES, KEPT_DURING_LOAD],
  );
  for (const row of rows) await client.query(`DROP INDEX IF EXISTS "public"."${row.indexname}"`);
  return rows.map((row) => ({ name: row.indexname, table: row.tablename, definition: row.indexdef }));
}

/** Recreates the dropped indexes over the given connections, the slowest (GIN) first. */
export async function recreateIndexes(
  clients: pg.Client[],
  indexes: IndexDefinition[],
  log: (line: string) => void,
): Promise<void> {
  const queue = [...indexes].sort((a, b) => weight(b) - weight(a));
  await Promise.all(
    clients.map(async (client) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const started = performance.now();
        await client.query(next.definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS "));
        log(`  index ${next.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
    }),
  );
}

function weight(index: IndexDefinition): number {
  const gin = /USING gin/i.test(index.definition) ? 10 : 1;
  const table = index.table === "Source" || index.table === "MeetingMatch" ? 5 : index.table === "Participation" || index.table === "Evidence" ? 3 : 1;
  return gin * table;
}
