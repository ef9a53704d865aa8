// npx tsx scripts/bench/screening.ts [--messages 5000] [--rounds 5]
// The crisis screen alone, in this process: CPU time per message and per sentence for the bench's
// bodies (three everyday sentences at random, every one different; seeded, so every run screens
// the same ones), after a warm-up of other bodies. By stage: normalising, the rules, the model.
// CPU time (process.cpuUsage) rather than wall time, and the best of several rounds: on a busy
// machine that is what moves least.
import { normalizeForCrisis } from "@/lib/server/safety/crisis/normalize-text";
import { readRules } from "@/lib/server/safety/crisis/read-rules";
import { rulesVerdict } from "@/lib/server/safety/crisis/detect-crisis";
import { scoreCrisisModel } from "@/lib/server/safety/crisis/model/crisis-model";
import { everydayBodies } from "@/scripts/bench/everyday-bodies";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const messages = option("messages", 5000);
const rounds = option("rounds", 5);

/** A small seeded generator (mulberry32): the same bodies on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
const nextBody = everydayBodies(seeded(24));
const warmUp = Array.from({ length: 3000 }, nextBody);
const bodies = Array.from({ length: rounds * messages }, nextBody);

const cpuMicros = () => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

function screen(body: string, stages: { normalize: number; rules: number; model: number }) {
  const started = performance.now();
  const normalized = normalizeForCrisis(body);
  const normalizedAt = performance.now();
  const readings = readRules(normalized);
  rulesVerdict(normalized, readings);
  const rulesAt = performance.now();
  scoreCrisisModel(normalized, readings);
  stages.normalize += normalizedAt - started;
  stages.rules += rulesAt - normalizedAt;
  stages.model += performance.now() - rulesAt;
}

const ignored = { normalize: 0, rules: 0, model: 0 };
for (const body of warmUp) screen(body, ignored);

const results: { cpuUs: number; normalize: number; rules: number; model: number }[] = [];
for (let round = 0; round < rounds; round++) {
  const stages = { normalize: 0, rules: 0, model: 0 };
  const cpuBefore = cpuMicros();
  for (const body of bodies.slice(round * messages, (round + 1) * messages)) screen(body, stages);
  results.push({
    cpuUs: (cpuMicros() - cpuBefore) / messages,
    normalize: (stages.normalize * 1000) / messages,
    rules: (stages.rules * 1000) / messages,
    model: (stages.model * 1000) / messages,
  });
}
const best = results.reduce((a, b) => (b.cpuUs < a.cpuUs ? b : a));
const sentences = bodies.slice(0, messages).reduce((sum, body) => sum + body.split(/(?<=[.!?]) /).length, 0);
console.log(
  `crisis screen, ${messages} messages × ${rounds} rounds (node ${process.version}): CPU per message, best round ${best.cpuUs.toFixed(1)} µs (rounds: ${results.map((result) => result.cpuUs.toFixed(0)).join(", ")}); per sentence ${((best.cpuUs * messages) / sentences).toFixed(1)} µs`,
);
console.log(
  `  wall time by stage, same round: normalising ${best.normalize.toFixed(1)} µs, rules ${best.rules.toFixed(1)} µs, model ${best.model.toFixed(1)} µs`,
);
