// The learned part of crisis detection: logistic regression over crisisFeatures(), trained by
// `npm run train:crisis` on the labelled corpora in tests/safety/ and stored as
// crisis-model.json (weights of the features that matter, the bias, and the threshold chosen
// by cross-validation). Scoring a message is a sum over its weighted features: microseconds.
import stored from "@/lib/server/safety/crisis/model/crisis-model.json";
import { indexWeights, weightedFeatures } from "@/lib/server/safety/crisis/model/weighted-features";
import type { RuleReading } from "@/lib/server/safety/crisis/read-rules";

export interface CrisisModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export interface ModelScore {
  score: number;
  crisis: boolean;
  /**
   * The features that pushed hardest towards crisis, in words, for moderators: only when the
   * model says crisis (nobody reads them otherwise, and gathering them cost as much as the sum).
   */
  strongest: string[];
}

const model: CrisisModel = stored as CrisisModel;
// Indexed by word: most of a message's features have no weight, and are never written out.
const weights = indexWeights(model.weights);

const logistic = (sum: number) => 1 / (1 + Math.exp(-sum));

export function scoreWith(current: CrisisModel, features: readonly string[]): number {
  let sum = current.bias;
  for (const feature of features) sum += current.weights[feature] ?? 0;
  return logistic(sum);
}

/** "b want to" → "want to"; rule features read as the rule's name. */
function readable(feature: string): string {
  const [kind, ...rest] = feature.split(" ");
  return kind === "w" || kind === "b" || kind === "t"
    ? rest.filter((word) => word !== "<s>" && word !== "</s>").join(" ")
    : rest.join(" ");
}

export function scoreCrisisModel(normalized: string, readings: readonly RuleReading[]): ModelScore {
  let sum = model.bias;
  const features = weightedFeatures(weights, normalized, readings);
  for (const feature of features) sum += weights.weights[feature] as number;
  const score = logistic(sum);
  const crisis = score >= model.threshold;
  return { score, crisis, strongest: crisis ? strongestOf(features) : [] };
}

/** The three features that pushed hardest towards crisis (ties in the order they were found). */
function strongestOf(features: readonly number[]): string[] {
  return features
    .filter((feature) => (weights.weights[feature] as number) > 0)
    .sort((a, b) => (weights.weights[b] as number) - (weights.weights[a] as number))
    .slice(0, 3)
    .map((feature) => readable(weights.names[feature] as string));
}
