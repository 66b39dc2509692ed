// `npm run bench:merge`: an entry point only; the benchmark lives in lib/bench/merge-timing.ts.
import "@/lib/bench/merge-timing";
