// What the benchmark's clients say: three everyday sentences from a support group, picked at
// random from the crisis screen's everyday corpus (none of them a crisis), so that screening
// costs what it does for real messages and no two bodies are alike: nothing the server keeps
// from one message (a memo of each word's mended form) can answer for a whole later one.
import path from "node:path";
import { readCorpusFile } from "@/tests/safety/load-corpora";

/** Every sentence of the everyday corpus, each ending as a sentence ends. */
export const everydaySentences: readonly string[] = readCorpusFile(
  path.join(import.meta.dirname, "../../tests/safety/corpora/everyday-negatives.json"),
)
  .items.filter((item) => item.label === "not_crisis")
  .flatMap((item) => item.text.split(/(?<=[.!?])\s+/))
  .map((sentence) => sentence.trim())
  .filter(Boolean)
  .map((sentence) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`));

/**
 * Hands out message bodies, each three sentences picked at random and never the same as one
 * handed out before (2,430 sentences: billions of threes, so a repeat is rare and drawn again).
 */
export function everydayBodies(random: () => number = Math.random): () => string {
  const given = new Set<string>();
  const pick = () => everydaySentences[Math.floor(random() * everydaySentences.length)] as string;
  return () => {
    for (;;) {
      const body = `${pick()} ${pick()} ${pick()}`;
      if (given.has(body)) continue;
      given.add(body);
      return body;
    }
  };
}
