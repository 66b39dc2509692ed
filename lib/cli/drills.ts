// `npm run drills`: an entry point only; the runner is lib/testing/run-drills.ts.
import "@/lib/testing/run-drills";
