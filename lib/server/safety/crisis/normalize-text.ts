// Turns a message into the plain form the crisis rules read: lower case, no accents, contractions
// and chat shorthand spelled out, leetspeak and common misspellings of the key words mapped back,
// spelled-out words ("k i l l", "k.i.l.l") joined, repeated letters collapsed ("diiiie" → "die",
// and "kill" → "kil": the rules are collapsed the same way when they are compiled). Sentences
// are kept apart by " . " so that context (who, when) is read within one sentence.
import { isEnglishWord } from "@/lib/server/safety/crisis/english-words";
import { collapseLetters, keyWordFor } from "@/lib/server/safety/crisis/key-words";
import { ruleVocabulary } from "@/lib/server/safety/crisis/rules/all-rules";
import { correctTypo, splitRunTogether } from "@/lib/server/safety/crisis/spelling";

/** Words written out in full; applied to whole tokens after apostrophes are dropped. */
const spelledOut: Record<string, string> = {
  im: "i am",
  ive: "i have",
  id: "i would",
  dont: "do not",
  doesnt: "does not",
  cant: "can not",
  cannot: "can not",
  wont: "will not",
  wouldnt: "would not",
  couldnt: "could not",
  shouldnt: "should not",
  isnt: "is not",
  wasnt: "was not",
  arent: "are not",
  havent: "have not",
  hasnt: "has not",
  aint: "am not",
  its: "it is",
  whats: "what is",
  thats: "that is",
  theres: "there is",
  youre: "you are",
  theyd: "they would",
  hes: "he is",
  shes: "she is",
  wanna: "want to",
  gonna: "going to",
  gotta: "got to",
  tryna: "trying to",
  kinda: "kind of",
  bout: "about",
  u: "you",
  ur: "your",
  rn: "right now",
  tn: "tonight",
  tonite: "tonight",
  "2nite": "tonight",
  "2night": "tonight",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  "2moro": "tomorrow",
  "2morrow": "tomorrow",
  b4: "before",
  bc: "because",
  cuz: "because",
  coz: "because",
  ppl: "people",
  pls: "please",
  plz: "please",
  sry: "sorry",
  thinkin: "thinking",
  killin: "killing",
  cuttin: "cutting",
  hurtin: "hurting",
  goin: "going",
  tryin: "trying",
  feelin: "feeling",
  livin: "living",
  nothin: "nothing",
  plannin: "planning",
  lyfe: "life",
  lif: "life",
  wan: "want",
  wnna: "want to",
  wana: "want to",
  wna: "want to",
  dnt: "do not",
  takin: "taking",
  jmp: "jump",
  srsly: "seriously",
  shud: "should",
  mayb: "maybe",
  ovr: "over",
  hav: "have",
  tak: "take",
  youll: "you will",
  itll: "it will",
  theyll: "they will",
  thatll: "that will",
  didnt: "did not",
  imma: "i am going to",
  ima: "i am going to",
  b: "be",
  h8: "hate",
  di: "die",
  shd: "self harmed",
  "sh'd": "self harmed",
  "s-word": "s word",
  "s/h": "sh",
};

/** Tokens where a digit or symbol stands for a letter: "d1e", "su1cide", "d!e", "k!ll". */
const leet: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

export const sentenceBreak = ".";

/** A Map: "constructor" or "__proto__" typed in a message must not reach Object.prototype. */
const spelledOutWords = new Map(Object.entries(spelledOut));
function spelledOutWord(word: string): string | undefined {
  return spelledOutWords.get(word);
}

function unleet(token: string): string {
  // The cheap test first: most words hold no digit or symbol.
  if (!/[0-9@$!*]/.test(token) || !/\p{L}/u.test(token)) return token;
  const mapped = token.replace(/[013457@$!]/g, (character) => leet[character] ?? character);
  // A star hides a letter ("s*icide"): only a key word can be recognised through it.
  return mapped.includes("*") ? (keyWordFor(mapped) ?? token) : /^\p{L}+$/u.test(mapped) ? mapped : token;
}

/** Chat shorthand that must never be "corrected" into another word. */
const shorthand = new Set(
  "kms kys ctb sh tw idk lol lmao fr ngl tbh rn imo omg smh irl gg jk af istg ong bruh ily bf gf bff thx ty od".split(
    " ",
  ),
);

/**
 * Words come back message after message, and mending an unknown one searches the dictionary, so
 * each word is mended once. Bounded: past the limit the memo starts again, so words made up to
 * fill it cost memory only up to the limit.
 */
const mendedWords = new Map<string, readonly string[]>();
const mendedWordsLimit = 20_000;

function mendOnce(word: string): readonly string[] {
  let mended = mendedWords.get(word);
  if (!mended) {
    if (mendedWords.size >= mendedWordsLimit) mendedWords.clear();
    mended = mend(word);
    mendedWords.set(word, mended);
  }
  return mended;
}

/** A word as the rules should see it: a known word as is, a misspelling mended, a run-together split. */
function mend(word: string): string[] {
  const collapsed = collapseLetters(word);
  if (shorthand.has(collapsed) || ruleVocabulary.has(collapsed) || isEnglishWord(collapsed))
    return [collapsed];
  const key = keyWordFor(word);
  if (key) return [key];
  if (!/^\p{L}+$/u.test(collapsed)) return [collapsed];
  const typo = correctTypo(collapsed, ruleVocabulary);
  if (typo && ruleVocabulary.has(typo)) return [typo];
  const pieces = splitRunTogether(word);
  if (pieces) return pieces.flatMap((piece) => (spelledOutWord(piece) ?? piece).split(" "));
  return [typo ?? collapsed];
}

/** Emoji that stand for a means or an end, read as words. */
const emojiWords: Record<string, string> = {
  "\u{1F48A}": " pills ",
  "\u{1FAA6}": " grave ",
  "\u26B0": " coffin ",
  "\u{1F52A}": " knife ",
  "\u{1FA78}": " blood ",
  "\u{1F52B}": " gun ",
  "\u{1FAA2}": " rope ",
  // Laughing (or "dead" with laughter) is kept as a word: it changes how the rest reads.
  "\u{1F602}": " lol ",
  "\u{1F923}": " lol ",
  "\u{1F480}": " lol ",
  "\u{1F62D}": " sobbing ",
  "\u{1F643}": " lol ",
  "\u{1F644}": " eyeroll ",
};

/** Every emoji above, found in one pass (they never overlap, so one pass reads as the replacements one by one did). */
const emojiPattern = new RegExp(Object.keys(emojiWords).join("|"), "gu");

/** One sentence's raw tokens → normalised words. */
function normalizeSentence(raw: string[]): string[] {
  // Runs of three or more single letters are one word spelled out ("k i l l", "s u i c i d a l").
  const spelled: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) spelled.push(run.join(""));
    else spelled.push(...run);
    run = [];
  };
  for (const token of raw) {
    // A single letter is one or two UTF-16 units: longer tokens skip the test.
    if (token.length <= 2 && /^\p{L}$/u.test(token)) run.push(token);
    else {
      flush();
      spelled.push(token);
    }
  }
  flush();
  const joined: string[] = [];
  for (const token of spelled) {
    const bare = token.includes("'") ? token.replace(/'/g, "") : token;
    const expanded = spelledOutWord(bare) ?? unleet(bare);
    if (expanded.includes(" ")) for (const word of expanded.split(" ")) joined.push(word);
    else joined.push(expanded);
  }
  // "my self" is one word however it is typed.
  const words2: string[] = [];
  for (const word of joined) {
    if (word === "self" && words2.at(-1) === "my") words2[words2.length - 1] = "myself";
    else words2.push(word);
  }
  return words2.flatMap(mendOnce).filter(Boolean);
}

/**
 * Ids pasted into a message (a uuid, a long hex code) are not words: read as leetspeak, their
 * pieces spell things ("d1e0" → "die"), about once in 800 random uuids. Leetspeak itself is short
 * or uses letters past "f" ("d34d" stays), so only these exact shapes go.
 */
const identifiers =
  /[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/g;

/** Contractions spelled out; only text with an apostrophe has any. */
function expandContractions(text: string): string {
  return (
    text
      // "it's" is "it is"; "my dad's" is "my dad".
      .replace(
        /\b(it|that|what|there|he|she|who|where|here|how|everyone|everybody|nobody|everything|nothing|life|this)'s\b/g,
        "$1 is",
      )
      .replace(/(\p{L})'s\b/gu, "$1")
      // Contractions whose letters alone would read as another word ("i'll" is not "ill").
      .replace(/\b(won)'t\b/g, "will not")
      .replace(/\b(can)'t\b/g, "can not")
      .replace(/n't\b/g, " not")
      .replace(/'ll\b/g, " will")
      .replace(/'re\b/g, " are")
      .replace(/'ve\b/g, " have")
      .replace(/\bi'd\b/g, "i would")
      .replace(/\bi'm\b/g, "i am")
  );
}

/** The message as " word word . word word " (leading and trailing space), ready for the rules. */
export function normalizeForCrisis(text: string): string {
  // Plain ASCII (most messages) has no emoji, nothing to decompose and no marks: those steps are
  // skipped for it, and the contractions' steps for text without an apostrophe.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const withWords = ascii ? text : text.replace(emojiPattern, (emoji) => emojiWords[emoji] ?? emoji);
  const lower = (ascii ? withWords : withWords.normalize("NFKD").replace(/\p{M}+/gu, ""))
    .toLowerCase()
    .replace(identifiers, " ")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
  const plain = (lower.includes("'") ? expandContractions(lower) : lower)
    // "s.u.i.c.i.d.e." is one word, not the end of a sentence.
    .replace(/(?<![\p{L}.])(?:\p{L}\.){2,}\p{L}?\.?(?=\s|$)/gu, (spelled) => spelled.replace(/\./g, ""));

  const sentences = plain.split(/[.?;:\n\u2026]+(?=\s|$)|[?;\n\u2026]+|!+(?=\s|$)|\s[-\u2013\u2014]+\s/u);
  const parts: string[] = [];
  for (const sentence of sentences) {
    const raw = sentence.match(/s\/h|[\p{L}\p{N}*@$!'.]+/gu) ?? [];
    // Dots inside a token spell a word out ("k.i.l.l"); elsewhere they are noise.
    const tokens = raw.flatMap((token) =>
      !token.includes(".")
        ? [token]
        : /^(\p{L}\.)+\p{L}?\.?$/u.test(token)
          ? token.split(".").filter(Boolean)
          : [token.replace(/\./g, "")],
    );
    const words = normalizeSentence(
      tokens
        .map((token) => (/[!']/.test(token) ? token.replace(/^[!']+|[!']+$/g, "") : token))
        .filter(Boolean),
    );
    if (words.length > 0) parts.push(words.join(" "));
  }
  return ` ${parts.join(` ${sentenceBreak} `)} `;
}
