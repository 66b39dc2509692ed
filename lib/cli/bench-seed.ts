// `npm run bench`: an entry point only; the seed timing lives in lib/bench/.
import "@/lib/bench/seed-timing";
