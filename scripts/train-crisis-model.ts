// `npm run train:crisis`: trains the crisis model (logistic regression over crisisFeatures) on
// every labelled corpus in tests/safety/ and writes lib/server/safety/crisis/model/crisis-model.json.
// The threshold is chosen by 5-fold cross-validation: the lowest score at which the combined
// detector (rules or model) keeps false alarms at or under 3.3 % on sentences it did not train on.
// `-- --cv` only prints the cross-validated figures. Deterministic: same corpora, same model.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { rulesVerdict } from "@/lib/server/safety/crisis/detect-crisis";
import { crisisFeatures } from "@/lib/server/safety/crisis/model/crisis-features";
import { scoreWith, type CrisisModel } from "@/lib/server/safety/crisis/model/crisis-model";
import { normalizeForCrisis } from "@/lib/server/safety/crisis/normalize-text";
import { readRules } from "@/lib/server/safety/crisis/read-rules";
import { trainingCorpora, type Labelled } from "@/tests/safety/load-corpora";

interface Example {
  item: Labelled;
  features: string[];
  byRules: boolean;
}

const folds = 5;
const targetFalseAlarms = 0.033;

function prepare(items: Labelled[]): Example[] {
  return items.map((item) => {
    const normalized = normalizeForCrisis(item.text);
    const readings = readRules(normalized);
    return {
      item,
      features: crisisFeatures(normalized, readings),
      byRules: rulesVerdict(normalized, readings).length > 0,
    };
  });
}

/** A seeded shuffle, so every run trains the same model. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Logistic regression with L2, trained by AdaGrad over a few passes; features seen once are dropped. */
function train(examples: readonly Example[]): CrisisModel {
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 0;
  const rate = Number(process.env.RATE ?? 0.3);
  const l2 = Number(process.env.L2 ?? 1e-2);
  for (let epoch = 0; epoch < Number(process.env.EPOCHS ?? 40); epoch += 1) {
    for (const example of shuffled(examples, epoch + 1)) {
      const kept = example.features.filter(
        (feature) => (counts.get(feature) ?? 0) >= Number(process.env.MIN_COUNT ?? 2),
      );
      let sum = bias;
      for (const feature of kept) sum += weights.get(feature) ?? 0;
      const error = 1 / (1 + Math.exp(-sum)) - (example.item.label === "crisis" ? 1 : 0);
      biasSquares += error * error;
      bias -= (rate * error) / Math.sqrt(biasSquares + 1e-8);
      for (const feature of kept) {
        const weight = weights.get(feature) ?? 0;
        const gradient = error + l2 * weight;
        const square = (squares.get(feature) ?? 0) + gradient * gradient;
        squares.set(feature, square);
        weights.set(feature, weight - (rate * gradient) / Math.sqrt(square + 1e-8));
      }
    }
  }
  const pruned = Object.fromEntries(
    [...weights.entries()]
      .filter(([, weight]) => Math.abs(weight) >= 0.01)
      .map(([feature, weight]) => [feature, Math.round(weight * 1e4) / 1e4]),
  );
  return { bias: Math.round(bias * 1e4) / 1e4, threshold: 0.5, weights: pruned };
}

interface Scored {
  item: Labelled;
  score: number;
  byRules: boolean;
}

function crossValidate(examples: readonly Example[]): Scored[] {
  const order = shuffled(examples, 4242);
  const scored: Scored[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const test = order.filter((_, index) => index % folds === fold);
    const model = train(order.filter((_, index) => index % folds !== fold));
    for (const example of test)
      scored.push({
        item: example.item,
        score: scoreWith(model, example.features),
        byRules: example.byRules,
      });
  }
  return scored;
}

function chooseThreshold(scored: readonly Scored[]): number {
  const negatives = scored.filter((entry) => entry.item.label === "not_crisis");
  for (let threshold = 0.2; threshold < 0.99; threshold += 0.01) {
    const alarms = negatives.filter((entry) => entry.byRules || entry.score >= threshold).length;
    if (alarms / negatives.length <= targetFalseAlarms) return Math.round(threshold * 100) / 100;
  }
  return 0.99;
}

function report(scored: readonly Scored[], threshold: number): void {
  const rows = new Map<string, { total: number; flagged: number; byRules: number }>();
  for (const entry of scored) {
    const key = `${entry.item.label}/${entry.item.category}`;
    const row = rows.get(key) ?? { total: 0, flagged: 0, byRules: 0 };
    row.total += 1;
    if (entry.byRules || entry.score >= threshold) row.flagged += 1;
    if (entry.byRules) row.byRules += 1;
    rows.set(key, row);
  }
  console.log(
    `cross-validated (${folds} folds), threshold ${threshold}: category, sentences, flagged (rules alone)`,
  );
  for (const [key, row] of [...rows.entries()].sort())
    console.log(
      `  ${key.padEnd(40)}${String(row.total).padStart(5)}  ${((100 * row.flagged) / row.total).toFixed(1).padStart(5)} %  (${((100 * row.byRules) / row.total).toFixed(1)} %)`,
    );
  const positives = scored.filter((entry) => entry.item.label === "crisis");
  const negatives = scored.filter((entry) => entry.item.label === "not_crisis");
  const flagged = (entries: readonly Scored[]) =>
    entries.filter((entry) => entry.byRules || entry.score >= threshold).length;
  console.log(
    `overall: recall ${((100 * flagged(positives)) / positives.length).toFixed(1)} %, false alarms ${((100 * flagged(negatives)) / negatives.length).toFixed(1)} %`,
  );
}

const examples = prepare(trainingCorpora().flatMap((corpus) => corpus.items));
console.log(`${examples.length} labelled sentences`);
const scored = crossValidate(examples);
const threshold = chooseThreshold(scored);
report(scored, threshold);
if (process.argv.includes("--curve")) {
  console.log("\nthreshold  recall  false alarms (cross-validated, rules or model)");
  for (let t = 0.3; t < 0.96; t += 0.05) {
    const rate = (label: string) => {
      const entries = scored.filter((entry) => entry.item.label === label);
      return entries.filter((entry) => entry.byRules || entry.score >= t).length / entries.length;
    };
    console.log(
      `${t.toFixed(2).padStart(9)}  ${(100 * rate("crisis")).toFixed(1)} %  ${(100 * rate("not_crisis")).toFixed(1)} %`,
    );
  }
}
if (process.argv.includes("--model-only")) {
  const alone = scored.map((entry) => ({ ...entry, byRules: false }));
  const t = chooseThreshold(alone);
  console.log("\nmodel alone:");
  report(alone, t);
}

if (!process.argv.includes("--cv")) {
  const model = { ...train(examples), threshold };
  const file = path.resolve("lib/server/safety/crisis/model/crisis-model.json");
  writeFileSync(file, `${JSON.stringify(model)}\n`);
  console.log(
    `wrote ${path.relative(process.cwd(), file)}: ${Object.keys(model.weights).length} weights, threshold ${threshold}`,
  );
}
