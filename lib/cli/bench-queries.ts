// `npm run bench:queries`: an entry point only; the benchmark and its helpers live in lib/bench/.
import "@/lib/bench/queries";
