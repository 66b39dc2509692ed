// `npm run eval:extract`: an entry point only; the report is built by lib/extraction/evaluation/report.ts.
import "@/lib/extraction/evaluation/report";
