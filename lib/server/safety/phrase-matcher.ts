// Matching watched words and phrases the way people try to slip past them: any case, accents,
// letters repeated ("stuuupid"), letters spaced or dotted apart ("s t u p i d", "s.t.u.p.i.d").
// Matching is on whole words: "class" does not match "ass".

/** Lower-case words of letters and digits, with accents removed and repeated letters collapsed. */
export function normalizeWords(text: string): string[] {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Runs of single letters ("s t u p i d") are one word spelled out.
  const joined: string[] = [];
  let spelled = "";
  for (const word of words) {
    if (word.length === 1) {
      spelled += word;
      continue;
    }
    if (spelled) joined.push(spelled);
    spelled = "";
    joined.push(word);
  }
  if (spelled) joined.push(spelled);
  // Collapse repeated letters last, so spelled-out words ("s t u p i d") collapse too.
  return joined.map((word) => word.replace(/(\p{L})\1+/gu, "$1"));
}

/** Whether the phrase's words appear in the text, in order and next to each other. */
export function containsPhrase(textWords: readonly string[], phrase: string): boolean {
  const phraseWords = normalizeWords(phrase);
  if (phraseWords.length === 0) return false;
  // A spelled-out phrase joins into one word: compare the joined forms too.
  const candidates = [phraseWords, [phraseWords.join("")]];
  return candidates.some((needle) => {
    for (let start = 0; start + needle.length <= textWords.length; start++) {
      if (needle.every((word, offset) => textWords[start + offset] === word)) return true;
    }
    return false;
  });
}
