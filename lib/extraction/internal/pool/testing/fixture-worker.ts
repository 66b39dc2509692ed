import { serveJobs } from "@/lib/extraction/internal/pool/serve-jobs";

/** Jobs for the pool's tests: one that answers, one that never ends, one that throws, one that kills its worker. */
export type FixtureJob = { kind: "echo"; value: number } | { kind: "spin" } | { kind: "throw" } | { kind: "exit" };

serveJobs<FixtureJob, number>((job) => {
  switch (job.kind) {
    case "echo":
      return job.value;
    case "spin":
      // Never yields: only terminating the worker stops it, as with a rule stuck on hostile text.
      for (;;);
    case "throw":
      throw new Error("the rule tripped");
    case "exit":
      process.exit(3);
  }
});
