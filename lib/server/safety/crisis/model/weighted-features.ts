// The model's weighted features found in a message without writing each feature out as a string.
// crisisFeatures() makes a string for every word, pair and triple ("t i want to") and looks each
// up; almost none has a weight. Here every word is looked up once, as a number, and a pair or a
// triple is a number made from its words' numbers: a word the model never weighs ends every
// feature it is part of at once, and what was counted is marked in an array, not gathered in a
// set. The features visited, and their order, are crisisFeatures()'s (each counted at its first
// appearance), so the model's sum is the same to the last bit
// (tests/unit/crisis-screen-shortcuts.test.ts checks it against crisisFeatures()).
import { sentenceBreak } from "@/lib/server/safety/crisis/normalize-text";
import type { RuleReading } from "@/lib/server/safety/crisis/read-rules";

export interface WeightIndex {
  /** Every weighted feature's name ("t i want to") and weight, by its number. */
  names: string[];
  weights: Float64Array;
  /** Every word of a weighted word, pair or triple (with "<s>" and "</s>"), numbered from 0. */
  wordIds: Map<string, number>;
  /** A word's feature by the word's number (-1: none). */
  single: Int32Array;
  /** A pair's feature by a·n + b (n words; small enough to stay a small integer). */
  pair: Map<number, number>;
  /**
   * 1 for a word that begins some weighted pair, 2 for one that begins some triple (both: 3):
   * most words begin neither, and their pairs and triples need no lookup at all.
   */
  begins: Uint8Array;
  /** A triple's feature by its first two words' pair number, then its last word's number. */
  triple: Map<number, Map<number, number>>;
  /** The rule features ("r …", "o …", "c …"), by their names. */
  named: Map<string, number>;
  /** Which features this message has already counted: stamped with the message's turn. */
  seen: Uint32Array;
  turn: number;
}

const beginsPair = 1;
const beginsTriple = 2;

export function indexWeights(weights: Record<string, number>): WeightIndex {
  const entries = Object.entries(weights);
  const wordIds = new Map<string, number>();
  const idOf = (word: string) => {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = wordIds.size));
    return id;
  };
  const parsed = entries.map(([name]) => {
    const [kind, ...words] = name.split(" ");
    return { kind, ids: kind === "w" || kind === "b" || kind === "t" ? words.map(idOf) : [] };
  });
  const n = wordIds.size;
  const index: WeightIndex = {
    names: entries.map(([name]) => name),
    weights: Float64Array.from(entries, ([, weight]) => weight),
    wordIds,
    single: new Int32Array(n).fill(-1),
    pair: new Map(),
    begins: new Uint8Array(n),
    triple: new Map(),
    named: new Map(),
    seen: new Uint32Array(entries.length),
    turn: 0,
  };
  parsed.forEach(({ kind, ids }, feature) => {
    const [a = 0, b = 0, c = 0] = ids;
    if (kind === "w" && ids.length === 1) index.single[a] = feature;
    else if (kind === "b" && ids.length === 2) {
      index.pair.set(a * n + b, feature);
      index.begins[a] = (index.begins[a] as number) | beginsPair;
    } else if (kind === "t" && ids.length === 3) {
      index.begins[a] = (index.begins[a] as number) | beginsTriple;
      const after = index.triple.get(a * n + b) ?? new Map<number, number>();
      index.triple.set(a * n + b, after.set(c, feature));
    } else index.named.set(index.names[feature] as string, feature);
  });
  return index;
}

/** The numbers of the message's weighted features, each once, in crisisFeatures()'s order. */
export function weightedFeatures(
  index: WeightIndex,
  normalized: string,
  readings: readonly RuleReading[],
): number[] {
  const found: number[] = [];
  // A feature counts at its first appearance only (crisisFeatures() gathers them in a Set).
  if (++index.turn === 0xffffffff) {
    index.seen.fill(0);
    index.turn = 1;
  }
  const turn = index.turn;
  const add = (feature: number | undefined) => {
    if (feature === undefined || feature < 0 || index.seen[feature] === turn) return;
    index.seen[feature] = turn;
    found.push(feature);
  };
  const n = index.wordIds.size;
  const begins = index.begins;
  const start = index.wordIds.get("<s>") ?? -1;
  const end = index.wordIds.get("</s>") ?? -1;
  for (const sentence of normalized.split(` ${sentenceBreak} `)) {
    const ids = [start];
    for (const word of sentence.split(" ")) if (word) ids.push(index.wordIds.get(word) ?? -1);
    if (ids.length === 1) continue;
    ids.push(end);
    for (let i = 1; i + 1 < ids.length; i += 1) {
      const a = ids[i] as number;
      if (a >= 0) add(index.single[a]);
    }
    for (let i = 0; i + 1 < ids.length; i += 1) {
      const a = ids[i] as number;
      const b = ids[i + 1] as number;
      if (a >= 0 && b >= 0 && (begins[a] as number) & beginsPair) add(index.pair.get(a * n + b));
    }
    for (let i = 0; i + 2 < ids.length; i += 1) {
      const a = ids[i] as number;
      const b = ids[i + 1] as number;
      const c = ids[i + 2] as number;
      if (a >= 0 && b >= 0 && c >= 0 && (begins[a] as number) & beginsTriple)
        add(index.triple.get(a * n + b)?.get(c));
    }
  }
  for (const reading of readings) {
    add(index.named.get(`r ${reading.rule} ${reading.outcome}`));
    add(index.named.get(`o ${reading.category} ${reading.outcome}`));
    if (reading.cue) add(index.named.get(`c ${reading.cue} ${reading.outcome}`));
  }
  return found;
}
