// The shape of a crisis rule and how its pattern is compiled. Patterns are written over the
// normalised text (normalize-text.ts) in plain English with regex alternation; `~` stands for up
// to two filler words (`~4` for up to four) and `#end` for the end of the sentence. Letters are
// collapsed at compile time exactly as the text is, so "kill" in a rule meets "kiiill" in a message.
import { collapseLetters } from "@/lib/server/safety/crisis/key-words";

export type CrisisCategory = "intent" | "plan_means" | "farewell" | "hopelessness" | "self_harm" | "slang";

/**
 * A cue is not enough alone: a message needs cues from two groups, one of them not light
 * (see detect-crisis.ts). Light groups are common in everyday chat ("goodbye everyone").
 */
export type CueGroup =
  | "distress"
  | "finality"
  | "goodbye"
  | "thanks"
  | "apology"
  | "giving"
  | "means"
  | "timing"
  | "burden"
  | "resolve"
  | "plan";

export const lightCueGroups: ReadonlySet<CueGroup> = new Set(["goodbye", "thanks", "timing"]);

export interface CrisisRuleSpec {
  id: string;
  category: CrisisCategory;
  /** What moderators read about the match. */
  describe: string;
  pattern: string;
  /** Present: a cue of this group; absent: a signal, enough alone. */
  cue?: CueGroup;
  /**
   * "check": the sentence's nearest subject before the words must be the writer (or none);
   * "inherent": the words themselves are about the writer ("myself", "without me").
   */
  aboutSelf?: "check" | "inherent";
  /** "not", "never", "no longer" just before the words cancel them. Default true. */
  negatable?: boolean;
  /** Happening now: "years ago" or "used to" in the sentence do not set it aside. */
  acute?: boolean;
  /** A sentence that also matches this is not a crisis by this rule (an idiom, an accident). */
  unless?: string;
}

export interface CrisisRule extends CrisisRuleSpec {
  regex: RegExp;
  unlessRegex?: RegExp;
}

const gap = (words: number) => `(?:[^ .]+ ){0,${words}}`;

export function compilePattern(pattern: string): RegExp {
  const body = collapseLetters(pattern)
    .replace(/~(\d)? /g, (_, words: string | undefined) => gap(Number(words ?? 2)))
    .replace(/#end/g, "(?= (?:\\.|$))");
  return new RegExp(`(?<= )(?:${body})(?= )`, "g");
}

export function compileRules(specs: readonly CrisisRuleSpec[]): CrisisRule[] {
  return specs.map((spec) => ({
    ...spec,
    regex: compilePattern(spec.pattern),
    ...(spec.unless && { unlessRegex: compilePattern(spec.unless) }),
  }));
}
