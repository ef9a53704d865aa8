// Which rules could match a sentence, found in one pass over it: a rule whose anchors
// (rule-anchors.ts) the sentence fails cannot match it, and is not run. Everyday sentences pass
// about 4 of the 64 rules; running every rule's pattern over every sentence was most of the
// screen's time (docs/performance.md). The verdicts are the same: a rule is skipped only where its
// pattern could not have matched (tests/unit/crisis-screen-shortcuts.test.ts).
import { anchorScanner } from "@/lib/server/safety/crisis/anchor-scan";
import type { CrisisRule } from "@/lib/server/safety/crisis/crisis-rule";
import { anchorsOf } from "@/lib/server/safety/crisis/rule-anchors";

/** Says, for a sentence, which rules (by their index) could match it. */
export function ruleFilter(rules: readonly CrisisRule[]): (sentence: string) => Uint8Array {
  const anchors: string[] = [];
  const anchorIndex = new Map<string, number>();
  /** For each anchor, the clauses it meets; for each clause, its rule. */
  const clausesOf: number[][] = [];
  const ruleOfClause: number[] = [];
  const clauseCount = rules.map((rule, ruleIndex) => {
    const clauses = anchorsOf(rule.regex);
    for (const clause of clauses) {
      const clauseIndex = ruleOfClause.push(ruleIndex) - 1;
      for (const anchor of new Set(clause)) {
        let index = anchorIndex.get(anchor);
        if (index === undefined) {
          index = anchors.push(anchor) - 1;
          anchorIndex.set(anchor, index);
          clausesOf.push([]);
        }
        (clausesOf[index] as number[]).push(clauseIndex);
      }
    }
    return clauses.length;
  });
  const scanner = anchorScanner(anchors);
  const clauseMet = new Uint8Array(ruleOfClause.length);
  const met = new Uint16Array(rules.length);
  const couldMatch = new Uint8Array(rules.length);
  return (sentence) => {
    clauseMet.fill(0);
    met.fill(0);
    scanner.scan(sentence, (anchor) => {
      for (const clause of clausesOf[anchor] as number[]) {
        if (clauseMet[clause]) continue;
        clauseMet[clause] = 1;
        met[ruleOfClause[clause] as number]! += 1;
      }
    });
    for (let rule = 0; rule < rules.length; rule++)
      couldMatch[rule] = met[rule] === clauseCount[rule] ? 1 : 0;
    return couldMatch;
  };
}
