import { readFileSync, statSync } from "node:fs";

export interface PageStatements {
  path: string;
  status: number;
  /** Each SQL statement the server sent while answering, in order (PARLEY_STATEMENT_LOG's lines). */
  statements: string[];
}

function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Requests `path` and returns the statements the server logged while answering it. The server
 * must run with PARLEY_STATEMENT_LOG=`logFile` and answer nothing else meanwhile: lines are taken
 * from the log's end, so requests must be made one at a time. The body is read to its end, so
 * every streamed part (the facet panel) is counted.
 */
export async function countPageStatements(baseUrl: string, path: string, cookie: string, logFile: string): Promise<PageStatements> {
  const before = logSize(logFile);
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  const added = logSize(logFile) > before ? readFileSync(logFile).subarray(before).toString("utf8") : "";
  return { path, status: response.status, statements: added.split("\n").filter(Boolean) };
}
