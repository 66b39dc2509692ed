// `npm run bench:import`: an entry point only; the benchmark lives in lib/bench/import-timing.ts.
import "@/lib/bench/import-timing";
