import type { Worker } from "node:worker_threads";

// A small pool of worker threads for CPU-bound jobs, so a slow job never holds up the thread that
// answers every other request. Jobs run one per worker; a job past its time limit has its worker
// terminated (the only way to stop code that never yields) and a fresh one started in its place.

/** What a pool's worker posts back: `ready` once loaded, then one answer per job. */
export type WorkerMessage<Output> = { type: "ready" } | { type: "done"; id: number; output: Output } | { type: "failed"; id: number; message: string };

/** What the pool posts to a worker: one job. */
export interface JobMessage<Input> {
  id: number;
  input: Input;
}

export interface WorkerPoolOptions {
  /**
   * Starts one worker. Written at the call site as `new Worker(new URL("./x.ts", import.meta.url))`:
   * that literal form is what Next's bundler finds and builds into a file of its own.
   */
  spawn: () => Worker;
  /** Workers at most; started when first needed. */
  size: number;
  /** Jobs waiting for a worker beyond this many are refused at once. */
  maxQueued: number;
  /** A job running longer than this is ended. */
  timeLimitMs: number;
}

/** The job ran past the pool's time limit; its worker was terminated. */
export class JobTimeLimitError extends Error {
  constructor(readonly timeLimitMs: number) {
    super(`job ran past ${timeLimitMs} ms`);
    this.name = "JobTimeLimitError";
  }
}

/** Every worker is busy and the queue is full. */
export class PoolBusyError extends Error {
  constructor(readonly queued: number) {
    super(`${queued} jobs already wait for a worker`);
    this.name = "PoolBusyError";
  }
}

/** The worker failed: the job threw, or the worker died or could not load. */
export class JobFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JobFailedError";
  }
}

interface Job<Input, Output> {
  id: number;
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: Error) => void;
}

interface Slot<Input, Output> {
  worker: Worker;
  ready: boolean;
  job: Job<Input, Output> | null;
  timer: NodeJS.Timeout | null;
}

export interface PoolStats {
  workers: number;
  running: number;
  queued: number;
}

export class WorkerPool<Input, Output> {
  private readonly slots = new Set<Slot<Input, Output>>();
  private readonly queue: Job<Input, Output>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs `input` on a free worker (or queues it). Rejects with JobTimeLimitError, PoolBusyError or JobFailedError. */
  run(input: Input): Promise<Output> {
    if (this.closed) return Promise.reject(new JobFailedError("the pool is closed"));
    const idle = [...this.slots].some((slot) => slot.ready && !slot.job);
    if (!idle && this.slots.size >= this.options.size && this.queue.length >= this.options.maxQueued) {
      return Promise.reject(new PoolBusyError(this.queue.length));
    }
    return new Promise<Output>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  stats(): PoolStats {
    const slots = [...this.slots];
    return { workers: slots.length, running: slots.filter((slot) => slot.job).length, queued: this.queue.length };
  }

  /** Ends every worker; queued and running jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new JobFailedError("the pool is closed"));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new JobFailedError("the pool is closed"))));
  }

  private dispatch() {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && !s.job);
      if (!slot) {
        // Loading workers take the queue as they become ready; start more only for jobs none will take.
        let loading = [...this.slots].filter((s) => !s.ready).length;
        while (this.slots.size < this.options.size && loading < this.queue.length) {
          this.start();
          loading++;
        }
        return;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      // A worker runs a job and then waits for the next; an idle one must not keep a CLI alive.
      slot.worker.ref();
      slot.timer = setTimeout(() => this.expire(slot, job), this.options.timeLimitMs);
      slot.worker.postMessage({ id: job.id, input: job.input } satisfies JobMessage<Input>);
    }
  }

  private start() {
    const worker = this.options.spawn();
    const slot: Slot<Input, Output> = { worker, ready: false, job: null, timer: null };
    // Started only for a waiting job, so it keeps the process alive until that job is done (finish unrefs it).
    this.slots.add(slot);
    worker.on("message", (message: WorkerMessage<Output>) => this.receive(slot, message));
    // An uncaught error ends the worker; its exit, which follows, does the cleaning up.
    let failure: string | null = null;
    worker.on("error", (error) => {
      failure = error.message;
    });
    worker.on("exit", (code) => {
      if (!this.slots.has(slot)) return;
      const loading = !slot.ready;
      const reason = failure ?? `the worker exited with code ${code}`;
      // A worker that cannot even load would fail the same way again: fail what waits instead of looping.
      if (loading && ![...this.slots].some((s) => s !== slot && s.ready)) {
        for (const job of this.queue.splice(0)) job.reject(new JobFailedError(`the worker could not start: ${reason}`));
      }
      void this.retire(slot, new JobFailedError(reason));
    });
  }

  private receive(slot: Slot<Input, Output>, message: WorkerMessage<Output>) {
    if (message.type === "ready") {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    this.finish(slot);
    if (message.type === "done") job.resolve(message.output);
    else job.reject(new JobFailedError(message.message));
    this.dispatch();
  }

  private finish(slot: Slot<Input, Output>) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private expire(slot: Slot<Input, Output>, job: Job<Input, Output>) {
    if (slot.job !== job) return;
    void this.retire(slot, new JobTimeLimitError(this.options.timeLimitMs));
    // The replacement loads while the queue waits; nothing blocks this thread meanwhile.
    this.dispatch();
  }

  /** Takes a worker out of the pool, failing its job with `reason`, and terminates it. */
  private async retire(slot: Slot<Input, Output>, reason: Error) {
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    this.finish(slot);
    job?.reject(reason);
    await slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
