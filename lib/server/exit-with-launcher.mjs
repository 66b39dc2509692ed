// Loaded into Next.js by the launcher (`node --import`, lib/server/launcher.ts). When the launcher dies
// without stopping it (`kill -9`, the OOM killer), Next.js stops too instead of keeping the port,
// so the next `npm start` can bind it. SIGTERM: Next.js finishes the requests in flight first.
import { readFileSync } from "node:fs";

const launcher = process.ppid;

/** The current parent (process.ppid is read once at start); 0 when the launcher is known gone. */
function parent() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    try {
      process.kill(launcher, 0); // no /proc: the launcher's pid still answers
      return launcher;
    } catch {
      return 0;
    }
  }
}

const watch = setInterval(() => {
  if (parent() === launcher) return;
  clearInterval(watch);
  process.kill(process.pid, "SIGTERM");
}, 1000);
watch.unref();
