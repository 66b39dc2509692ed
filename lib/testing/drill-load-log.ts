import { appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

// A drill's time means little without the machine's load while it ran: `npm run drills`
// (run-drills.ts) names a file here and puts each drill's load average beside its result.
const logFile = process.env.PARLEY_DRILL_LOAD_LOG;
const root = path.resolve(import.meta.dirname, "../..");

afterEach(({ task }) => {
  if (!logFile) return;
  const file = path.relative(root, task.file.filepath);
  appendFileSync(logFile, `${JSON.stringify({ file, name: task.name, loadAverage: os.loadavg() })}\n`);
});
