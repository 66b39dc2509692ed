import pg from "pg";

/** Empties everything the demo and synthetic seeds create, keeping users, countries and curated topics. */
export async function resetSeededData(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`TRUNCATE "Meeting", "Person", "Organization", "Tag", "Revision" CASCADE`);
    await client.query(`DELETE FROM "Topic" WHERE "description" = 'Synthetic benchmark topic'`);
  } finally {
    await client.end();
  }
}
