/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
import { env } from "@/lib/env";
import { migrate } from "@/lib/database/migrate";
import { openDatabaseServer } from "@/lib/database/server";

const server = await openDatabaseServer(env, (line) => console.log(line));
try {
  const { applied } = await migrate(server.url, { log: (line) => console.log(line) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} finally {
  await server.close();
}
