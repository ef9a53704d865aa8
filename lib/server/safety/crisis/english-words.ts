// Everyday English, by how often it is used (zxcvbn's list of common words from film and TV
// subtitles: how people talk, not how they write essays). It tells a misspelling from a real
// word, and splits words typed without spaces ("wanttodie").
import { dictionary } from "@zxcvbn-ts/language-en";
import { collapseLetters } from "@/lib/server/safety/crisis/key-words";

let ranks: Map<string, number> | undefined;

/** Collapsed word → rank (0 is the most common); the first (most common) spelling wins. */
function wordRanks(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    const words = dictionary["commonWords-en"] ?? [];
    words.forEach((word, rank) => {
      if (!/^\p{L}+$/u.test(word)) return;
      const collapsed = collapseLetters(word);
      if (!ranks!.has(collapsed)) ranks!.set(collapsed, rank);
    });
  }
  return ranks;
}

export function isEnglishWord(collapsedWord: string): boolean {
  return wordRanks().has(collapsedWord);
}

/** Rank of a collapsed word among common English words, or undefined. */
export function englishRank(collapsedWord: string): number | undefined {
  return wordRanks().get(collapsedWord);
}

/** Every common word (collapsed) with its rank. */
export function rankedWords(): Iterable<[string, number]> {
  return wordRanks().entries();
}
