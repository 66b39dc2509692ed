import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { ensureProductionBuild } from "@/lib/testing/production-build";

// No database code may reach the browser: the client chunks of a production build must hold no
// Prisma or `pg` code. The markers are names the bundler writes for these modules (their package
// paths) and names in their code; the server's half of the same build proves they are really
// written, so a client import of either package would fail this test.

const root = path.resolve(import.meta.dirname, "../..");
const PRISMA_MARKERS = ["PrismaClient", "@prisma/client", "@prisma/adapter-pg", "prisma-client"];
const PG_MARKERS = ["pg-protocol", "pg-pool", "node_modules/pg/"];

let dist = "";
beforeAll(() => {
  dist = path.join(root, ensureProductionBuild());
}, 900_000);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function holding(list: string[], marker: string): string[] {
  return list.filter((file) => readFileSync(file, "utf8").includes(marker));
}

it("ships no Prisma or pg code in any client chunk", () => {
  const chunks = files(path.join(dist, "static/chunks"), /\.js$/);
  expect(chunks.length).toBeGreaterThan(0);
  for (const marker of [...PRISMA_MARKERS, ...PG_MARKERS]) expect(holding(chunks, marker), marker).toEqual([]);
});

it("finds the markers where the code does go: the server's half of the build", () => {
  const serverCode = files(path.join(dist, "server"), /\.js$/);
  for (const marker of PRISMA_MARKERS) expect(holding(serverCode, marker).length, marker).toBeGreaterThan(0);
  // pg stays external to the server bundle (next.config.ts), so its names appear in the server's
  // file traces, written exactly as a bundled copy would name its modules.
  const traces = files(path.join(dist, "server"), /\.nft\.json$/);
  for (const marker of PG_MARKERS) expect(holding(traces, marker).length, marker).toBeGreaterThan(0);
});
