// `npm run bench:registry`: an entry point only; the benchmark lives in lib/bench/registry-timing.ts.
import "@/lib/bench/registry-timing";
