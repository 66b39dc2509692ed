import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, withDatabaseName } from "@/lib/database/admin";
import { migrate } from "@/lib/database/migrate";
import { runDatabasePrefix, startTestServer } from "@/lib/testing/test-server";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createPrismaClient } from "@/lib/database/client";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * Once per integration run: a server, and a migrated template database holding the reference
 * data (countries, topics). Each test file then gets its own copy (integration-file-setup.ts).
 */
export default async function setup(project: TestProject) {
  // Read once here: the harness passes the server to use through DATABASE_URL.
  const server = await startTestServer(process.env.DATABASE_URL);
  const prefix = runDatabasePrefix("it");
  const template = `${prefix}_template`;
  const templateUrl = await createDatabase(server.url, template);
  await migrate(templateUrl);
  const db = createPrismaClient(templateUrl, { max: 2 });
  try {
    await seedReferenceData(db);
  } finally {
    await db.$disconnect();
  }

  project.provide("testServerUrl", server.url);
  project.provide("templateDatabase", template);

  return async () => {
    const admin = new pg.Client({ connectionString: withDatabaseName(server.url, "postgres") });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${prefix}%`],
    );
    await admin.end();
    for (const { datname } of rows) await dropDatabase(server.url, datname);
    await server.stop();
  };
}
