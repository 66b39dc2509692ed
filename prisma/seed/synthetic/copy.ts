import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { COPY_TABLES, type Batch, type CopyTable } from "@/prisma/seed/synthetic/tables";

const ORDER: CopyTable[] = ["meeting", "meetingCountry", "participation", "meetingTopic", "meetingTag", "source", "evidence"];

async function copyRows(client: pg.Client, table: CopyTable, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  const { table: name, columns } = COPY_TABLES[table];
  const stream = client.query(copyFrom(`COPY ${name} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
    stream.end(lines.join(""));
  });
}

/** Writes one batch in its own transaction, parents before children. */
export async function copyBatch(client: pg.Client, batch: Batch): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const table of ORDER) await copyRows(client, table, batch[table]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

export const STAGING_DDL = `
DROP TABLE IF EXISTS "_parley_seed_source", "_parley_seed_evidence";
CREATE UNLOGGED TABLE "_parley_seed_source" (
    "batch" INTEGER NOT NULL, "id" UUID NOT NULL, "meetingId" UUID NOT NULL, "outlet" TEXT NOT NULL, "url" TEXT,
    "title" TEXT NOT NULL, "publishedOn" DATE, "language" TEXT NOT NULL, "text" TEXT NOT NULL, "createdAt" TIMESTAMPTZ(3) NOT NULL
);
CREATE UNLOGGED TABLE "_parley_seed_evidence" (
    "batch" INTEGER NOT NULL, "id" UUID NOT NULL, "meetingId" UUID NOT NULL, "sourceId" UUID NOT NULL,
    "startOffset" INTEGER NOT NULL, "endOffset" INTEGER NOT NULL, "quote" TEXT NOT NULL, "field" TEXT,
    "participationId" UUID, "personId" UUID, "countryCode" CHAR(2), "createdAt" TIMESTAMPTZ(3) NOT NULL
);
CREATE INDEX ON "_parley_seed_source" USING brin ("batch");
CREATE INDEX ON "_parley_seed_evidence" USING brin ("batch");
`;

export const DROP_STAGING = `DROP TABLE IF EXISTS "_parley_seed_source", "_parley_seed_evidence"`;

/**
 * Moves one batch of sources into place; Source's own trigger builds each text vector on the
 * way in, so several connections doing this share the costliest step of the load.
 */
export async function moveStagedBatch(client: pg.Client, batch: number): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "Source" ("id", "meetingId", "outlet", "url", "title", "publishedOn", "language", "text", "createdAt")
       SELECT "id", "meetingId", "outlet", "url", "title", "publishedOn", "language", "text", "createdAt"
       FROM "_parley_seed_source" WHERE "batch" = $1`,
      [batch],
    );
    await client.query(
      `INSERT INTO "Evidence" ("id", "meetingId", "sourceId", "startOffset", "endOffset", "quote", "field", "participationId", "personId", "countryCode", "createdAt")
       SELECT "id", "meetingId", "sourceId", "startOffset", "endOffset", "quote", "field", "participationId", "personId", "countryCode", "createdAt"
       FROM "_parley_seed_evidence" WHERE "batch" = $1`,
      [batch],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
