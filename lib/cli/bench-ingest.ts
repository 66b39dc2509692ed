// `npm run bench:ingest`: an entry point only; the benchmark lives in lib/bench/ingest-timing.ts.
import "@/lib/bench/ingest-timing";
