/**
 * Generates the Prisma client offline. `prisma generate` never runs the schema engine but still
 * insists on finding its binary (and would download it); when the real engine is absent we point
 * PRISMA_SCHEMA_ENGINE_BINARY at a harmless executable so generation works without a network.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function findRealEngine(): string | undefined {
  try {
    const enginesDir = path.dirname(require.resolve("@prisma/engines/package.json"));
    const candidates = ["schema-engine-debian-openssl-3.0.x", "schema-engine-linux-static-x64"];
    return candidates.map((name) => path.join(enginesDir, name)).find((file) => existsSync(file));
  } catch {
    return undefined;
  }
}

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !findRealEngine()) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
  console.log("prisma: schema engine not installed; generating the client offline without it.");
}

execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env,
});
