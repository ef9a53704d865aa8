// What the learned model reads: the normalised words (one, two and three in a row, within a
// sentence) and what the rules made of the message (each rule with its outcome: counted,
// denied, about someone else, told in the past, set aside). Features are present or absent.
import { sentenceBreak } from "@/lib/server/safety/crisis/normalize-text";
import type { RuleReading } from "@/lib/server/safety/crisis/read-rules";

export function crisisFeatures(normalized: string, readings: readonly RuleReading[]): string[] {
  const features = new Set<string>();
  for (const sentence of normalized.split(` ${sentenceBreak} `)) {
    const words = sentence.split(" ").filter(Boolean);
    if (words.length === 0) continue;
    const padded = ["<s>", ...words, "</s>"];
    for (const word of words) features.add(`w ${word}`);
    for (let i = 0; i + 1 < padded.length; i += 1) features.add(`b ${padded[i]} ${padded[i + 1]}`);
    for (let i = 0; i + 2 < padded.length; i += 1)
      features.add(`t ${padded[i]} ${padded[i + 1]} ${padded[i + 2]}`);
  }
  for (const reading of readings) {
    features.add(`r ${reading.rule} ${reading.outcome}`);
    features.add(`o ${reading.category} ${reading.outcome}`);
    if (reading.cue) features.add(`c ${reading.cue} ${reading.outcome}`);
  }
  return [...features];
}
