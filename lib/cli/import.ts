/**
 * `npm run import -- <file>`: imports a CSV, JSON or XLSX file of meetings as the page does — the
 * columns guessed from the headers, a dry run, then the run — through the same write path; the
 * refused rows go to a CSV beside the file (lib/import, docs/import.md).
 *
 *   npm run import -- visits.csv [--map leader="Name of leader"] [--status PUBLISHED] [--dry-run] [--report FILE]
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { migrate } from "@/lib/database/migrate";
import { openDatabaseServer } from "@/lib/database/server";
import { MAX_CLI_FILE_BYTES } from "@/lib/import/limits";

const log = (line: string) => console.log(`import: ${line}`);
const usage = 'Usage: npm run import -- <file.csv|.json|.xlsx> [--map field="Header"]… [--status DRAFT|PUBLISHED] [--dry-run] [--report refused.csv]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { map: { type: "string", multiple: true, default: [] }, status: { type: "string", default: "DRAFT" }, "dry-run": { type: "boolean", default: false }, report: { type: "string" } },
});
const [file] = positionals;
if (!file || !existsSync(file) || !["DRAFT", "PUBLISHED"].includes(values.status)) {
  console.error(usage);
  process.exit(2);
}
if (statSync(file).size > MAX_CLI_FILE_BYTES) {
  console.error(`import: the file is larger than ${MAX_CLI_FILE_BYTES / 1024 / 1024} MB: split it.`);
  process.exit(2);
}
const columns = Object.fromEntries(values.map.map((pair) => pair.split(/=(.*)/s).slice(0, 2)));

const server = await openDatabaseServer(env, log);
try {
  await migrate(server.url, { log });
  process.env.DATABASE_URL = server.url;
  // After DATABASE_URL is set: lib/db opens its pool on this database.
  const { importAsOperator } = await import("@/lib/import/operator");
  const { refusedRowsCsvAsOperator } = await import("@/lib/import/report");
  const summary = await importAsOperator({
    file: { name: path.basename(file), bytes: readFileSync(file) },
    columns,
    status: values.status as "DRAFT" | "PUBLISHED",
    dryRun: values["dry-run"],
    actorId: null,
    onProgress: (phase, done, total) => log(`${phase}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows`),
  });
  log(`columns: ${Object.entries(summary.mapping).map(([field, header]) => `${field} = “${header}”`).join(", ")}`);
  log(`dry run: ${summary.plans.create} to create, ${summary.plans.exists} already in Parley, ${summary.plans.refuse} refused`);
  if (summary.outcome) log(`${summary.outcome.status.toLowerCase()}: ${summary.outcome.created} created, ${summary.outcome.existing} already in Parley, ${summary.outcome.refused} refused (import ${summary.jobId})`);
  const refused = summary.outcome ? summary.outcome.refused : summary.plans.refuse;
  if (refused > 0) {
    const report = values.report ?? `${file}.refused.csv`;
    let text = "";
    for await (const chunk of refusedRowsCsvAsOperator(summary.jobId)) text += chunk;
    writeFileSync(report, text);
    log(`refused rows and their reasons: ${report}`);
  }
} catch (error) {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await server.close();
}
