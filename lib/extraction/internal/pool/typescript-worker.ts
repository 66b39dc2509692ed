import { Worker } from "node:worker_threads";

/**
 * Starts a worker on a TypeScript file, for code that runs unbundled (Vitest, `npm run extract`).
 * Node 20 does not pass a parent's `--import tsx` on to workers, so the worker registers tsx
 * itself before it loads the file. Next's build bundles the worker instead and never comes here.
 */
export function spawnTypeScriptWorker(file: URL): Worker {
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
