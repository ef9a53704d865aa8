// Two repairs for words that are not English as typed: words run together ("wanttodie",
// "imgoingtokillmyself") are split where every piece is a common word, and a typo one edit away
// from a common word ("abuot", "evrything", "brige") becomes that word. Chat shorthand is left
// alone (slang.ts lists it), and so is anything already English.
import { collapseLetters } from "@/lib/server/safety/crisis/key-words";
import { englishRank, isEnglishWord, rankedWords } from "@/lib/server/safety/crisis/english-words";

/** Words one edit away are looked up among this many of the most common words. */
const correctableWords = 30_000;

let deletions: Map<string, string[]> | undefined;

function deletesOf(word: string): string[] {
  const result = new Set<string>();
  for (let index = 0; index < word.length; index += 1)
    result.add(word.slice(0, index) + word.slice(index + 1));
  return [...result];
}

/** Symmetric deletion index (SymSpell): a typo and its word share a one-letter deletion. */
function deletionIndex(): Map<string, string[]> {
  if (!deletions) {
    deletions = new Map();
    for (const [word, rank] of rankedWords()) {
      if (rank >= correctableWords || word.length < 3) continue;
      for (const key of [word, ...deletesOf(word)]) {
        const list = deletions.get(key);
        if (list) list.push(word);
        else deletions.set(key, [word]);
      }
    }
  }
  return deletions;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
    if (differ.length === 1) return true;
    // A swap of neighbours ("wnat") counts as one edit.
    return (
      differ.length === 2 &&
      differ[1] === differ[0]! + 1 &&
      a[differ[0]!] === b[differ[1]!] &&
      a[differ[1]!] === b[differ[0]!]
    );
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < longer.length; i += 1)
    if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/** The most common word one edit from this unknown word, if any. */
export function correctTypo(word: string, preferred: ReadonlySet<string>): string | undefined {
  if (word.length < 4 || isEnglishWord(word)) return undefined;
  const index = deletionIndex();
  const candidates = new Set<string>();
  for (const key of [word, ...deletesOf(word)])
    for (const candidate of index.get(key) ?? []) candidates.add(candidate);
  let best: { word: string; rank: number } | undefined;
  for (const candidate of candidates) {
    if (!editDistanceAtMostOne(word, candidate)) continue;
    // Words the rules care about come first, then the most common.
    const rank = (preferred.has(candidate) ? 0 : 1_000_000) + (englishRank(candidate) ?? 999_999);
    if (!best || rank < best.rank) best = { word: candidate, rank };
  }
  return best?.word;
}

const twoLetterWords = new Set(
  "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we im id".split(" "),
);

/** Splits a run-together word into common words ("wanttodie" → want to die), or undefined. */
export function splitRunTogether(word: string): string[] | undefined {
  if (word.length < 6 || isEnglishWord(word)) return undefined;
  // Cheapest split by word frequency: each piece costs log(rank), so common words win.
  const best: ({ cost: number; from: number } | undefined)[] = [{ cost: 0, from: -1 }];
  for (let end = 1; end <= word.length; end += 1) {
    for (let start = Math.max(0, end - 14); start < end; start += 1) {
      const previous = best[start];
      if (!previous) continue;
      const piece = collapseLetters(word.slice(start, end));
      // Single letters other than "i" and "a", and two-letter scraps, make nonsense splits.
      const tooShort =
        piece.length === 1
          ? piece !== "i" && piece !== "a"
          : piece.length === 2 && !twoLetterWords.has(piece);
      const rank = tooShort ? undefined : englishRank(piece);
      if (rank === undefined || rank > 20_000) continue;
      const cost = previous.cost + Math.log(rank + 2) + 1;
      if (!best[end] || cost < best[end]!.cost) best[end] = { cost, from: start };
    }
  }
  if (!best[word.length]) return undefined;
  const pieces: string[] = [];
  for (let end = word.length; end > 0; end = best[end]!.from)
    pieces.unshift(word.slice(best[end]!.from, end));
  return pieces.length >= 2 ? pieces.map(collapseLetters) : undefined;
}
