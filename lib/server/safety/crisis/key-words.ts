// The few words the crisis rules hinge on, recognised through common misspellings ("suicidle",
// "sucidal", "myslef", "suiside") and hidden letters ("s*icide"). Only these words are corrected,
// never the rest of a message, and real words that happen to be one letter away are left alone.

/** Collapses runs of one letter ("diiiie" → "die", "kill" → "kil"); rules are compiled the same way. */
export function collapseLetters(text: string): string {
  return text.replace(/(\p{L})\1+/gu, "$1");
}

const keyWords = [
  "suicide",
  "suicidal",
  "myself",
  "killing",
  "overdose",
  "overdosing",
  "anymore",
  "tonight",
  "tomorrow",
  "goodbye",
  "unalive",
  "unaliving",
  "harming",
  "cutting",
  "forever",
  "existing",
].map((word) => collapseLetters(word));

/** Four-letter words where only swapped neighbours ("wnat") are taken as a misspelling. */
const shortKeyWords = ["want", "life", "live", "die", "kill", "dead", "cut"].map((word) =>
  collapseLetters(word),
);

/** Real words within reach of a key word, which must keep their own meaning. */
const realWords = new Set(
  [
    "overdone",
    "overdoes",
    "overdo",
    "herself",
    "himself",
    "itself",
    "yourself",
    "cutting",
    "putting",
    "getting",
    "sitting",
    "setting",
    "billing",
    "filling",
    "willing",
    "tonights",
    "forever",
    "foreven",
    "harming",
    "farming",
    "warming",
    "charming",
    "alarming",
    "existing",
    "exiting",
    "editing",
    "insisting",
    "resisting",
    "consisting",
    "unveiling",
    "suicides",
  ].map((word) => collapseLetters(word)),
);

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1] || a[i - 1] === "*" || b[j - 1] === "*";
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The key word this token is (or is a misspelling of), collapsed; undefined for any other word. */
export function keyWordFor(token: string): string | undefined {
  const word = collapseLetters(token);
  if (keyWords.includes(word) || shortKeyWords.includes(word)) return word;
  // A star hides a letter: "k*ll", "s*icide", "d*e".
  if (word.includes("*")) {
    return [...keyWords, ...shortKeyWords].find(
      (key) =>
        key.length === word.length && [...word].every((letter, i) => letter === "*" || letter === key[i]),
    );
  }
  if (realWords.has(word) || !/^[\p{L}*]+$/u.test(word)) return undefined;
  if (word.length >= 5) {
    const limit = word.length >= 8 ? 2 : 1;
    let best: { key: string; score: number } | undefined;
    for (const key of keyWords) {
      // An inflected form ("goodbyes", "suicides") keeps its ending: rules spell those out.
      if (word.startsWith(key)) continue;
      const score = distance(word, key, limit);
      if (score <= limit && (!best || score < best.score)) best = { key, score };
    }
    return best?.key;
  }
  if (word.length >= 3 && word.length <= 4) {
    return shortKeyWords.find(
      (key) =>
        key.length === word.length &&
        distance(word, key, 1) === 1 &&
        [...word].sort().join() === [...key].sort().join(),
    );
  }
  return undefined;
}
