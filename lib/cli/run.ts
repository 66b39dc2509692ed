// `npm run dev` and `npm start` (`node --import tsx lib/cli/run.ts dev|start`): an entry point
// only; the launcher (database, migrations, first run, Next.js, ordered shutdown) is lib/server/launcher.ts.
import "@/lib/server/launcher";
