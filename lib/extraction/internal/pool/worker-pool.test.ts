import { afterEach, describe, expect, it, vi } from "vitest";
import { spawnTypeScriptWorker } from "@/lib/extraction/internal/pool/typescript-worker";
import { JobFailedError, JobTimeLimitError, PoolBusyError, WorkerPool } from "@/lib/extraction/internal/pool/worker-pool";
import type { FixtureJob } from "@/lib/extraction/internal/pool/testing/fixture-worker";

const FIXTURE = new URL("./testing/fixture-worker.ts", import.meta.url);
const pools: WorkerPool<FixtureJob, number>[] = [];

function pool(options: { size?: number; maxQueued?: number; timeLimitMs?: number; file?: URL } = {}) {
  const made = new WorkerPool<FixtureJob, number>({ size: options.size ?? 1, maxQueued: options.maxQueued ?? 4, timeLimitMs: options.timeLimitMs ?? 60_000, spawn: () => spawnTypeScriptWorker(options.file ?? FIXTURE) });
  pools.push(made);
  return made;
}

/** Loading a worker through tsx takes a second or more on a busy machine. */
const untilRunning = (made: WorkerPool<FixtureJob, number>, jobs = 1) => vi.waitUntil(() => made.stats().running === jobs, { timeout: 60_000, interval: 5 });

afterEach(async () => {
  await Promise.all(pools.splice(0).map((made) => made.close()));
});

// Each test starts a worker through tsx: seconds on a busy two-core machine.
describe("the worker pool", { timeout: 60_000 }, () => {
  it("answers jobs on a worker thread", async () => {
    const made = pool();
    await expect(made.run({ kind: "echo", value: 7 })).resolves.toBe(7);
    expect(made.stats()).toEqual({ workers: 1, running: 0, queued: 0 });
  });

  it("keeps this thread free while a job never ends, then ends it at the hard limit and serves the next job on a fresh worker", async () => {
    const made = pool({ timeLimitMs: 300 });
    const order: string[] = [];
    const stuck = made.run({ kind: "spin" }).finally(() => order.push("stuck job ended"));
    await untilRunning(made);
    // An ordinary await started after the stuck job began: it completes while that job still runs.
    await new Promise((resolve) => setImmediate(resolve));
    order.push("ordinary work done");
    await expect(stuck).rejects.toBeInstanceOf(JobTimeLimitError);
    expect(order).toEqual(["ordinary work done", "stuck job ended"]);
    await expect(made.run({ kind: "echo", value: 1 })).resolves.toBe(1);
    expect(made.stats().workers).toBe(1);
  });

  it("queues jobs beyond its workers and refuses them beyond the queue's cap", async () => {
    const made = pool({ size: 1, maxQueued: 1, timeLimitMs: 300 });
    const stuck = made.run({ kind: "spin" });
    await untilRunning(made);
    const queued = made.run({ kind: "echo", value: 2 });
    await expect(made.run({ kind: "echo", value: 3 })).rejects.toBeInstanceOf(PoolBusyError);
    await expect(stuck).rejects.toBeInstanceOf(JobTimeLimitError);
    await expect(queued).resolves.toBe(2);
  });

  it("fails a job whose rule throws and keeps the worker", async () => {
    const made = pool();
    await expect(made.run({ kind: "throw" })).rejects.toThrow(new JobFailedError("the rule tripped"));
    await expect(made.run({ kind: "echo", value: 4 })).resolves.toBe(4);
  });

  it("fails a job whose worker dies and replaces the worker", async () => {
    const made = pool();
    await expect(made.run({ kind: "exit" })).rejects.toThrow(/exited with code 3/);
    await expect(made.run({ kind: "echo", value: 5 })).resolves.toBe(5);
  });

  it("refuses what waits when its worker cannot even load, instead of starting it again and again", async () => {
    const made = pool({ file: new URL("./testing/no-such-worker.ts", import.meta.url) });
    await expect(made.run({ kind: "echo", value: 6 })).rejects.toThrow(/could not start/);
    expect(made.stats()).toEqual({ workers: 0, running: 0, queued: 0 });
  });
});
