/**
 * Where a V8 CPU profile's time went: self time per function (with its file) and per package or
 * app folder, heaviest first. `tsx lib/bench/profile-summary.ts <file.cpuprofile> [top]`
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package (node_modules/<name>) or app folder a script belongs to. */
export function origin(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const chunk = /\.next[^/]*\/(server\/[^/]+)/.exec(url);
  if (chunk) return chunk[1]!;
  return url ? url.replace(/^.*\/(app|lib|components)\//, "$1/").split("/").slice(0, 2).join("/") : "(native)";
}

export function summarise(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    total += ms;
    const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").slice(-2).join("/")}:${frame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byOrigin.set(origin(frame.url), (byOrigin.get(origin(frame.url)) ?? 0) + ms);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: Math.round(total), byOrigin: sorted(byOrigin), byFunction: sorted(byFunction) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [top]");
  const { totalMs, byOrigin, byFunction } = summarise(JSON.parse(readFileSync(file, "utf8")) as Profile, Number(process.argv[3] ?? 25));
  console.log(`busy ${totalMs} ms\n\nby package / folder:`);
  for (const [name, ms] of byOrigin) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${(100 * ms / totalMs).toFixed(1).padStart(5)} %  ${name}`);
  console.log("\nby function (self time):");
  for (const [name, ms] of byFunction) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${(100 * ms / totalMs).toFixed(1).padStart(5)} %  ${name}`);
}
