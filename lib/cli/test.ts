// `npm test` and its layers: an entry point only; the suite's runner is lib/testing/run-suite.ts.
import "@/lib/testing/run-suite";
