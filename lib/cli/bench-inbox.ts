// `npm run bench:inbox`: an entry point only; the benchmark lives in lib/bench/inbox-timing.ts.
import "@/lib/bench/inbox-timing";
