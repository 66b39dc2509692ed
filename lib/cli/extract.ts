/**
 * Prints extraction's suggestions for a wire item as JSON, made by the same worker pool (and held
 * to the same hard time limit) as the app's.
 *
 *   npm run extract -- <text-file> --published YYYY-MM-DD
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createExtractionPool, extractInPool } from "@/lib/extraction/pool/extraction-pool";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { published: { type: "string" } } });
const [file] = positionals;
if (!file || (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))) {
  console.error("Usage: npm run extract -- <text-file> --published YYYY-MM-DD");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const pool = createExtractionPool({ size: 1 });
try {
  const result = await extractInPool(text, { publishedOn: values.published ?? null, onError: (failure) => console.error(failure.stack ?? failure.message) }, pool);
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await pool.close();
}
