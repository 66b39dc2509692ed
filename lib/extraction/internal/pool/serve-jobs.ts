import { parentPort } from "node:worker_threads";
import type { JobMessage, WorkerMessage } from "@/lib/extraction/internal/pool/worker-pool";

/**
 * The worker's side of the pool: says it is ready, then answers each job in turn. `work` may
 * throw; the job then fails with its message and the worker stays up for the next one.
 */
export function serveJobs<Input, Output>(work: (input: Input) => Output) {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs inside a worker thread");
  port.on("message", ({ id, input }: JobMessage<Input>) => {
    let reply: WorkerMessage<Output>;
    try {
      reply = { type: "done", id, output: work(input) };
    } catch (error) {
      reply = { type: "failed", id, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage<Output>);
}
