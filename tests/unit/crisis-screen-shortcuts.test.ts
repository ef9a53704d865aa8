// The crisis screen's shortcuts change no verdict: a rule is skipped only where its pattern could
// not have matched, and the model's sum over its weighted features is the sum over every feature.
// Checked on every labelled sentence and on a few thousand of the benchmark's bodies
// (`npm run eval:crisis -- --verdicts` gives the whole before-and-after comparison).
import { describe, expect, it } from "vitest";
import { anchorScanner } from "@/lib/server/safety/crisis/anchor-scan";
import { compileRules } from "@/lib/server/safety/crisis/crisis-rule";
import { crisisFeatures } from "@/lib/server/safety/crisis/model/crisis-features";
import stored from "@/lib/server/safety/crisis/model/crisis-model.json";
import { scoreCrisisModel, scoreWith, type CrisisModel } from "@/lib/server/safety/crisis/model/crisis-model";
import { normalizeForCrisis, sentenceBreak } from "@/lib/server/safety/crisis/normalize-text";
import { readRules } from "@/lib/server/safety/crisis/read-rules";
import { allRuleSpecs } from "@/lib/server/safety/crisis/rules/all-rules";
import { ruleFilter } from "@/lib/server/safety/crisis/rules-to-run";
import { everydayBodies } from "@/scripts/bench/everyday-bodies";
import { heldOutCorpora, trainingCorpora } from "@/tests/safety/load-corpora";

/** A small seeded generator: the same texts on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const nextBody = everydayBodies(seeded(7));
const texts = [
  ...[...trainingCorpora(), ...heldOutCorpora()].flatMap((corpus) => corpus.items.map((item) => item.text)),
  ...Array.from({ length: 1_000 }, nextBody),
];

describe("the crisis screen's shortcuts", { timeout: 120_000 }, () => {
  it("skip a rule only where its pattern does not match", () => {
    const rules = compileRules(allRuleSpecs);
    const couldMatch = ruleFilter(rules);
    let skipped = 0;
    let checked = 0;
    const wronglySkipped: string[] = [];
    for (const text of texts) {
      for (const part of normalizeForCrisis(text).split(` ${sentenceBreak} `)) {
        const sentence = ` ${part.trim()} `; // as read-rules.ts reads it
        const candidates = couldMatch(sentence);
        rules.forEach((rule, index) => {
          rule.regex.lastIndex = 0;
          const matches = rule.regex.test(sentence);
          rule.regex.lastIndex = 0;
          checked++;
          if (!candidates[index]) skipped++;
          if (matches && !candidates[index]) wronglySkipped.push(`${rule.id} on "${sentence}"`);
        });
      }
    }
    expect(wronglySkipped).toEqual([]);
    // …and skip most of them: the shortcut is worth having.
    expect(skipped / checked).toBeGreaterThan(0.8);
  });

  it("score each message as the sum over every one of its features would", () => {
    const model = stored as CrisisModel;
    const differing: string[] = [];
    let crisisTexts = 0;
    for (const text of texts) {
      const normalized = normalizeForCrisis(text);
      const readings = readRules(normalized);
      const features = crisisFeatures(normalized, readings);
      const fast = scoreCrisisModel(normalized, readings);
      if (fast.crisis) crisisTexts++;
      if (fast.score !== scoreWith(model, features)) differing.push(`score of "${text}"`);
      const strongest = features
        .filter((feature) => (model.weights[feature] ?? 0) > 0)
        .sort((a, b) => (model.weights[b] ?? 0) - (model.weights[a] ?? 0))
        .slice(0, 3)
        .map((feature) =>
          feature
            .split(" ")
            .slice(1)
            .filter((word) => word !== "<s>" && word !== "</s>"),
        )
        .map((words) => words.join(" "));
      // The strongest are gathered only when the model says crisis: nobody reads them otherwise.
      const expected = fast.crisis ? strongest : [];
      if (fast.strongest.join("|") !== expected.join("|")) differing.push(`strongest of "${text}"`);
    }
    expect(differing).toEqual([]);
    expect(crisisTexts).toBeGreaterThan(500); // the strongest were compared on many texts
  });

  it("find exactly the strings a text holds, in one pass", () => {
    const strings = ["he", "she", "his", "hers", "i am", "am going", " to ", "é", "😀a", "aa", "a"];
    const scanner = anchorScanner(strings);
    const random = seeded(11);
    const alphabet = ["h", "e", "s", "i", "r", " ", "a", "m", "t", "o", "é", "😀", "\u0301"];
    for (let round = 0; round < 3_000; round++) {
      const text = Array.from(
        { length: Math.floor(random() * 30) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join("");
      const found = new Set<number>();
      scanner.scan(text, (index) => {
        expect(found.has(index)).toBe(false);
        found.add(index);
      });
      expect([...found].sort((a, b) => a - b)).toEqual(
        strings.flatMap((string, index) => (text.includes(string) ? [index] : [])),
      );
    }
  });
});
