import pg from "pg";

/**
 * A node-postgres client that runs one query at a time by itself instead of leaning on pg's
 * internal queue. Prisma's query interpreter sends the independent reads of a nested write
 * concurrently on one transaction's client; pg queues them but prints "Calling client.query()
 * when the client is already executing a query is deprecated" (the queue goes in pg 9). Queuing
 * here gives the same order and results, keeps working with pg 9, and keeps a first run quiet.
 */
export class SerialClient extends pg.Client {
  private tail: Promise<unknown> = Promise.resolve();

  // pg's overloads are many; Prisma and pg-pool only use the promise form with a config object
  // and the callback form. Callback and Submittable calls go straight through (pg-pool's own
  // `pool.query` uses callbacks and never overlaps on one client).
  override query(...args: unknown[]): never {
    const passThrough = args.some((arg) => typeof arg === "function") ||
      (typeof args[0] === "object" && args[0] !== null && typeof (args[0] as { submit?: unknown }).submit === "function");
    const run = (): unknown => (super.query as (...a: unknown[]) => unknown).apply(this, args);
    if (passThrough) return run() as never;
    const result = this.tail.then(run);
    this.tail = result.catch(() => undefined);
    return result as never;
  }
}
