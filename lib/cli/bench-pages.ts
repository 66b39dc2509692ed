// `npm run bench:pages`: an entry point only; the benchmark lives in lib/bench/pages.ts.
import "@/lib/bench/pages";
