// Reads every rule over a normalised message, sentence by sentence, and says what became of
// each match: it counted, or it was set aside (an idiom or accident named by the rule), denied
// ("I'm not suicidal"), about someone else, or told in the past.
import {
  compileRules,
  type CrisisCategory,
  type CrisisRule,
  type CueGroup,
} from "@/lib/server/safety/crisis/crisis-rule";
import { sentenceBreak } from "@/lib/server/safety/crisis/normalize-text";
import {
  aboutWriter,
  denied,
  joking,
  sentenceTime,
  type SentenceTime,
} from "@/lib/server/safety/crisis/reading-context";
import { allRuleSpecs } from "@/lib/server/safety/crisis/rules/all-rules";
import { ruleFilter } from "@/lib/server/safety/crisis/rules-to-run";

export type RuleOutcome = "counted" | "set-aside" | "denied" | "someone-else" | "past" | "joking";

export interface RuleReading {
  rule: string;
  category: CrisisCategory;
  describe: string;
  cue?: CueGroup;
  outcome: RuleOutcome;
  /** The normalised words that matched. */
  words: string;
}

const rules = compileRules(allRuleSpecs);
const couldMatch = ruleFilter(rules);

type SentenceContext = { time: SentenceTime; inJest: boolean };

/** What became of one match, from the words before it and the sentence's time and tone. */
function outcomeOf(
  rule: CrisisRule,
  unless: boolean,
  before: readonly string[],
  contextOf: () => SentenceContext,
): RuleOutcome {
  if (unless) return "set-aside";
  if (rule.negatable !== false && denied(before)) return "denied";
  if ((rule.aboutSelf ?? "check") === "check" && !aboutWriter(before)) return "someone-else";
  const { time, inJest } = contextOf();
  if (!time.now && (time.distant || (!rule.acute && time.past))) return "past";
  return inJest && !rule.acute ? "joking" : "counted";
}

function readSentence(sentence: string, following: string, message: string): RuleReading[] {
  // When and in what tone: read only for a sentence some rule matches (most match none).
  let context: SentenceContext | undefined;
  const contextOf = () =>
    (context ??= { time: sentenceTime(sentence, following, message), inJest: joking(sentence) });
  const readings: RuleReading[] = [];
  // Only the rules whose anchors the sentence holds: no other could match it.
  const candidates = couldMatch(sentence);
  for (let index = 0; index < rules.length; index++) {
    if (!candidates[index]) continue;
    const rule = rules[index] as CrisisRule;
    rule.regex.lastIndex = 0;
    const found = rule.regex.test(sentence);
    rule.regex.lastIndex = 0;
    if (!found) continue;
    let unless = false;
    if (rule.unlessRegex) {
      rule.unlessRegex.lastIndex = 0;
      unless = rule.unlessRegex.test(sentence);
    }
    // The best outcome among the rule's matches in this sentence.
    let outcome: RuleOutcome | undefined;
    let words = "";
    for (const match of sentence.matchAll(rule.regex)) {
      const before = sentence.slice(0, match.index).split(" ").filter(Boolean);
      const this_ = outcomeOf(rule, unless, before, contextOf);
      if (!outcome || this_ === "counted") {
        outcome = this_;
        words = match[0];
      }
      if (outcome === "counted") break;
    }
    readings.push({
      rule: rule.id,
      category: rule.category,
      describe: rule.describe,
      ...(rule.cue && { cue: rule.cue }),
      outcome: outcome ?? "set-aside",
      words,
    });
  }
  return readings;
}

export function readRules(normalized: string): RuleReading[] {
  const sentences = normalized.split(` ${sentenceBreak} `).map((sentence) => ` ${sentence.trim()} `);
  return sentences.flatMap((sentence, index) =>
    readSentence(sentence, sentences[index + 1] ?? "", normalized),
  );
}
