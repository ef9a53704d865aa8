// npx tsx scripts/bench/profile-summary.ts FILE.cpuprofile [--top 25] [--window 8] [--skip 0]
// Where a V8 CPU profile's time went: self time by function and by package or source folder,
// as percentages of the samples (idle and GC listed on their own). Frames in the compiled server
// (dist/server.js) are traced back to their source files through its source map.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error("usage: profile-summary.ts FILE.cpuprofile");
const topIndex = process.argv.indexOf("--top");
const top = topIndex >= 0 ? Number(process.argv[topIndex + 1]) : 25;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
// Only the busiest stretch counts (the load, not start-up or the wait for deliveries): the
// `--window` seconds (default 8) with the least idle time, after the first `--skip` seconds (below
// saturation the start-up, loading modules, is busier than the load itself: skip it).
const windowIndex = process.argv.indexOf("--window");
const windowUs = (windowIndex >= 0 ? Number(process.argv[windowIndex + 1]) : 8) * 1e6;
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
const at: number[] = [];
profile.timeDeltas.reduce((time, delta, index) => ((at[index] = time + delta), time + delta), 0);
const skipIndex = process.argv.indexOf("--skip");
const skipUs = (skipIndex >= 0 ? Number(process.argv[skipIndex + 1]) : 0) * 1e6;
const firstIndex = Math.max(
  0,
  at.findIndex((time) => time >= skipUs),
);
let best = { from: firstIndex, idle: Infinity };
for (let from = firstIndex, to = firstIndex, idle = 0; from < at.length; from++) {
  while (to < at.length && (at[to] as number) - (at[from] as number) < windowUs) {
    if (idleIds.has(profile.samples[to] as number)) idle += profile.timeDeltas[to] ?? 0;
    to++;
  }
  if (to === at.length && (at[to - 1] as number) - (at[from] as number) < windowUs) break;
  if (idle < best.idle) best = { from, idle };
  if (idleIds.has(profile.samples[from] as number)) idle -= profile.timeDeltas[from] ?? 0;
}
const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => {
  if (index < best.from || (at[index] as number) - (at[best.from] as number) >= windowUs) return;
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);

function area(url: string): string {
  if (!url) return "(native / V8)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + 13).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return url;
  const match = /\/(lib\/[^/]+\/[^/]+|generated\/[^/]+|[^/]+\.ts)/.exec(url);
  return match?.[1] ?? url;
}

const sourceMaps = new Map<string, SourceMap | undefined>();
function sourceFrame(frame: CallFrame): CallFrame {
  if (!frame.url.startsWith("file:") || !frame.url.endsWith(".js") || frame.url.includes("/node_modules/"))
    return frame;
  const file = fileURLToPath(frame.url);
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    sourceMaps.set(
      file,
      existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : undefined,
    );
  }
  const entry = sourceMaps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !("originalSource" in entry) || typeof entry.originalSource !== "string") return frame;
  const source = path.resolve(path.dirname(file), entry.originalSource);
  return { ...frame, url: pathToFileURL(source).href, lineNumber: entry.originalLine };
}

const functions = new Map<string, number>();
const areas = new Map<string, number>();
for (const [id, time] of selfTime) {
  const frame = sourceFrame((byId.get(id) as ProfileNode).callFrame);
  const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").slice(-2).join("/")}:${frame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + time);
  areas.set(area(frame.url), (areas.get(area(frame.url)) ?? 0) + time);
}
const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, time] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * time) / total).toFixed(1).padStart(6)} %  ${name}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
print("self time by area", areas);
print("self time by function", functions);
