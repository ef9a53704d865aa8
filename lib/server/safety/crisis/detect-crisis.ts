// Does a message suggest its writer may be in danger? Two readers, either enough:
// - the rules (rules/, read by read-rules.ts): one signal is enough; cues need company (two
//   groups, one that carries weight);
// - a small learned model (model/) over the same normalised words and the rules' readings, for
//   the many ways of saying it that no rule spells out.
// Every reason is returned, so moderators see why.
import { lightCueGroups, type CrisisCategory, type CueGroup } from "@/lib/server/safety/crisis/crisis-rule";
import { compilePattern } from "@/lib/server/safety/crisis/crisis-rule";
import { scoreCrisisModel } from "@/lib/server/safety/crisis/model/crisis-model";
import { normalizeForCrisis } from "@/lib/server/safety/crisis/normalize-text";
import { readRules, type RuleReading } from "@/lib/server/safety/crisis/read-rules";

export interface CrisisMatch {
  rule: string;
  category: CrisisCategory | "model";
  describe: string;
  /** The normalised words that matched (for the model: the words that weighed most). */
  words: string;
  cue?: CueGroup;
}

export interface CrisisAssessment {
  crisis: boolean;
  /** Why: the rules that counted, and the model when it spoke. */
  matches: CrisisMatch[];
}

/** "See you tomorrow": light cues alone ("thanks for everything, goodbye") then mean an everyday goodbye. */
const comingBack = compilePattern(
  "see you|next (week|time|month)|tomorrow|later|back (soon|on|in|next)|good ?night|night night|bed|sleep well|holiday|vacation|for (today|tonight|now|a while)|in a (bit|while)|talk soon|catch you|hello|new start|new chapter|moving|move",
);

const asMatch = (reading: RuleReading): CrisisMatch => ({
  rule: reading.rule,
  category: reading.category,
  describe: reading.describe,
  words: reading.words,
  ...(reading.cue && { cue: reading.cue }),
});

/** The rules' own verdict, and the readings that carried it. */
export function rulesVerdict(normalized: string, readings: readonly RuleReading[]): CrisisMatch[] {
  const counted = readings.filter((reading) => reading.outcome === "counted");
  const signals = counted.filter((reading) => !reading.cue);
  const groups = new Set(counted.flatMap((reading) => (reading.cue ? [reading.cue] : [])));
  // Cues add up when one of them carries weight; "thank you for everything" with "goodbye" is a
  // farewell unless the writer says they will be back.
  const weighty = [...groups].some((group) => !lightCueGroups.has(group) && group !== "means");
  comingBack.lastIndex = 0;
  const farewell = groups.has("goodbye") && groups.has("thanks") && !comingBack.test(normalized);
  const cuesAddUp = groups.size >= 2 && (weighty || farewell);
  if (signals.length > 0) return (cuesAddUp ? counted : signals).map(asMatch);
  return cuesAddUp ? counted.map(asMatch) : [];
}

export function assessCrisis(text: string): CrisisAssessment {
  const normalized = normalizeForCrisis(text);
  const readings = readRules(normalized);
  const byRules = rulesVerdict(normalized, readings);
  const model = scoreCrisisModel(normalized, readings);
  const byModel: CrisisMatch[] = model.crisis
    ? [
        {
          rule: "model",
          category: "model",
          describe: `Reads like a crisis to the learned model (${model.score.toFixed(2)})`,
          words: model.strongest.join(", "),
        },
      ]
    : [];
  const matches = [...byRules, ...byModel];
  return { crisis: matches.length > 0, matches };
}

/**
 * Builds what screening builds on first use (the spelling index, the rules' patterns, the model)
 * before the server listens: otherwise the first message with a typo waited 150–280 ms for it,
 * and every send behind it on the event loop too.
 */
export function warmCrisisScreen(): void {
  assessCrisis("I feel evrything is wrnog and I wanttodie.");
}
