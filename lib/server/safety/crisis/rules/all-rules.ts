// Every crisis rule, in the order they are read, and the words they are written with.
import type { CrisisRuleSpec } from "@/lib/server/safety/crisis/crisis-rule";
import { collapseLetters } from "@/lib/server/safety/crisis/key-words";
import { cueRules } from "@/lib/server/safety/crisis/rules/cue-rules";
import { farewellRules } from "@/lib/server/safety/crisis/rules/farewell-rules";
import { hopelessnessRules } from "@/lib/server/safety/crisis/rules/hopelessness-rules";
import { intentRules } from "@/lib/server/safety/crisis/rules/intent-rules";
import { meansRules } from "@/lib/server/safety/crisis/rules/means-rules";
import { selfHarmRules } from "@/lib/server/safety/crisis/rules/self-harm-rules";
import { slangRules } from "@/lib/server/safety/crisis/rules/slang-rules";

export const allRuleSpecs: readonly CrisisRuleSpec[] = [
  ...intentRules,
  ...meansRules,
  ...farewellRules,
  ...hopelessnessRules,
  ...selfHarmRules,
  ...slangRules,
  ...cueRules,
];

/** The words the rules are written with (collapsed): a typo is mended towards these first. */
export const ruleVocabulary: ReadonlySet<string> = new Set(
  allRuleSpecs.flatMap(
    (spec) =>
      `${spec.pattern} ${spec.unless ?? ""}`
        .replace(/\\[a-z]/g, " ")
        .match(/[a-z]+/g)
        ?.filter((word) => word.length >= 2)
        .map(collapseLetters) ?? [],
  ),
);
