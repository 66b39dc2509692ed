/**
 * Prints extraction's suggestions for a wire item as JSON.
 *
 *   npm run extract -- <text-file> --published YYYY-MM-DD
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractSuggestions } from "@/lib/extraction/extract";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { published: { type: "string" } } });
const [file] = positionals;
if (!file || (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))) {
  console.error("Usage: npm run extract -- <text-file> --published YYYY-MM-DD");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
console.log(JSON.stringify(extractSuggestions(text, { publishedOn: values.published ?? null }), null, 2));
