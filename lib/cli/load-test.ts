// `npm run bench:load`: an entry point only; the load test lives in lib/bench/.
import "@/lib/bench/load-test";
