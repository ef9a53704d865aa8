// Who and when, read from the words around a match within one sentence: is it about the writer,
// is it denied ("I'm not suicidal"), is it told in the past ("years ago", "used to")?
import { collapseLetters } from "@/lib/server/safety/crisis/key-words";
import { compilePattern } from "@/lib/server/safety/crisis/crisis-rule";

const collapsedSet = (words: string) => new Set(words.split(" ").map(collapseLetters));

const writer = collapsedSet("i me my myself mine");
const others = collapsedSet(
  "he she they them him his her hers their you your yourself someone somebody anyone anybody everyone everybody people who friend friends brother sister mum mom mother dad father son daughter partner boyfriend girlfriend husband wife cousin uncle aunt roommate flatmate coworker colleague kid kids child children grandma grandpa grandmother grandfather nephew niece ex boss teacher neighbour neighbor mate buddy stranger bf gf bestie teammate classmate crush bro sis old we us our character patient client student students teen teens man woman men women guy girl boy person",
);
const denials = collapsedSet("not never no nor non stopped quit without");
const insisting = collapsedSet("stop help wait believe");

const speaking = collapsedSet(
  "said says saying say wrote writes posted posts texted texts told tells asked asks messaged screamed yelled",
);

const possessives = collapsedSet("my his her their your our");

/** Who is speaking before a word of speech: "a guy in my class posted" is the guy, not "my". */
function subjectBefore(words: readonly string[], end: number): boolean | undefined {
  for (let index = end - 1; index >= 0; index -= 1) {
    const word = words[index]!;
    if (possessives.has(word)) continue;
    if (word === "else" && others.has(words[index - 1] ?? "")) return true;
    if (writer.has(word)) return true;
    if (others.has(word)) return false;
  }
  return undefined;
}

/**
 * The nearest subject before the words decides; none at all means the writer ("just want to
 * die"). Reported speech belongs to its speaker: in "my sister said i'm gonna kms" the "i" is hers.
 */
export function aboutWriter(wordsBefore: readonly string[]): boolean {
  for (let index = wordsBefore.length - 1; index >= 0; index -= 1) {
    if (speaking.has(wordsBefore[index]!) && subjectBefore(wordsBefore, index) === false) return false;
  }
  for (let index = wordsBefore.length - 1; index >= 0; index -= 1) {
    const word = wordsBefore[index]!;
    // "Does anyone else want to die?" includes the one asking.
    if (word === "else" && others.has(wordsBefore[index - 1] ?? "")) return true;
    if (writer.has(word)) return true;
    if (others.has(word)) return false;
  }
  return true;
}

/** Words that may stand between a denial and what it denies ("not going to", "never really"). */
const auxiliaries = collapsedSet(
  "going to gonna want wanna really ever be been being am is was were feel feeling felt like have had will would could should do even actually plan planning try trying thought thinking about of getting get got so too that as",
);

/** "not", "never", "no longer" before the words, with only auxiliaries between. */
export function denied(wordsBefore: readonly string[]): boolean {
  for (let index = wordsBefore.length - 1; index >= Math.max(0, wordsBefore.length - 5); index -= 1) {
    const word = wordsBefore[index]!;
    // "can't stop thinking about it" and "can't help it" insist rather than deny.
    if (denials.has(word)) return !insisting.has(wordsBefore[index + 1] ?? "");
    if (!auxiliaries.has(word) && word !== "longer") return false;
  }
  return false;
}

/** Far enough in the past that even an act ("I had the pills in my hand") is told, not happening. */
const distantPast = compilePattern(
  [
    "(years|a long time|long|ages|decades) ago",
    "(a|one|over a|nearly a|almost a|over|two|three|four|five|six|\\d+) (year|years|decade|decades) ago",
    "when i was ~2 (young|younger|a kid|a child|a teen|a teenager|little|at school|in school|\\d+)",
    "as a (teen|teenager|kid|child)",
    "(in|of|since|during|back in) (\\d{4}|high school|middle school|secondary school|college|university|uni|my teens|my twenties|my thirties|\\d+(st|nd|rd|th) grade|year \\d+)",
    "back (then|in the day|in school)",
    "(it is|it has) been (over )?(\\d+|a|one|two|three|four|five|six|several|many) (years|year|months)",
    "my old (journals|journal|diary|diaries|notes|posts|poems)",
  ].join("|"),
);

const pastTelling = compilePattern(
  [
    "used to",
    "(years|a long time|long|ages|decades) ago",
    "when i was ~2 (young|younger|a kid|a child|a teen|a teenager|little|at school|in school|\\d+)",
    "as a (teen|teenager|kid|child)",
    "in (high school|middle school|secondary school|college|university|uni|my teens|my twenties|my thirties|the past|\\d{4})",
    "back (then|in the day|in \\d{4})",
    "at my lowest",
    "(clean|free|safe|sober) (for|from|since)",
    "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (day|days|week|weeks|month|months|year|years) (clean|free|safe|without|since|sober)",
    "since i last",
    "(have not|has not|had not) ~5 (in|for|since) (ages|years|months|weeks|a long time|a while|\\d+)",
    "(proud|glad|grateful|thankful|happy) (i|that i|to say|to be alive|i am alive|to still be)",
    "survived|survivor|recovery|recovered|therapy (really )?helped|(got|get|getting) (real )?help",
    "i (was|had been) ~1 (suicidal|cutting|self harming)",
    "that was (years|a long time|ages) ago",
    "(a|over a|nearly a|almost a) decade|decades",
    "(a|one|over a|two|three|\\d+) (year|years|month|months) ago",
    "(of|during|since) \\d{4}|since i first|(so much|a lot of) progress|for a while#end|my old (journals|journal|diary|notes|posts)",
    "but i (did not|resisted|held|went for a walk|used my|called|texted|reached out)|instead#end|did not do it",
    "(since|from) the last time",
    "i remember (thinking|feeling|wanting|when)",
    "i was (so )?wrong|that was not true|(is|was) not true",
    "(had|went through|there was) a (really )?(dark|bad|rough|hard|difficult) (period|time|patch|phase|year)|(in|at) a better place now",
  ].join("|"),
);

const happeningNow = compilePattern(
  "again|tonight|right now|last night|this morning|this week|yesterday|lately|recently|still|relapsed|relapse|i can not stop",
);

export interface SentenceTime {
  /** The sentence tells of the past ("years ago", "used to", "clean for"). */
  past: boolean;
  /** …long enough ago that even acts are history ("a year ago I had the pills in my hand"). */
  distant: boolean;
  /** …but also says it is happening now ("again", "tonight", "still"). */
  now: boolean;
}

const test = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
};

/** "That was twelve years ago." puts the sentence before it in the past. */
const lookingBack = compilePattern("^ (that|this|it) (was|is|has been)");

/** Someone telling how they are now, after the worst: "in remission now", "doing much better". */
const betterNow = compilePattern(
  [
    "(doing|feel|feeling|am|i am) ~1 (much |so much |a lot )?(better|well|good|ok|okay|fine) (now|these days|today)",
    "doing (much|so much|a lot) better",
    "in (remission|recovery)",
    "(it|that|this) (was|is) (a memory|over now|long ago|years ago|behind me)",
    "(saved|changed) (me|my life|everything)",
    "healing is real|got (treated|help|better)|it got treated|love my life|glad (i am|to be) (alive|here)",
    "looking back|i remember|back then|(zero|none) for",
    "(have not|has not|had not) (been|had|felt|thought|done) ~4 (since|in ages|in years|for years|for months)",
  ].join("|"),
);

/** When a sentence happens, read with the one after it (which may say "that was years ago") and the message. */
export function sentenceTime(sentence: string, following = "", message = ""): SentenceTime {
  const after = test(lookingBack, following) ? following : "";
  const distant = test(distantPast, sentence) || test(distantPast, after);
  return {
    past: distant || test(pastTelling, sentence) || test(pastTelling, after) || test(betterNow, message),
    distant,
    now: test(happeningNow, sentence),
  };
}

/** Laughter over something trivial: "kms this exam lol", "if the wifi dies again i'm gonna kms 😭". */
const laughing = compilePattern("lol|lmao|lmfao|haha|hahaha|rofl|jk|xd|just kidding|joking|eyeroll");
const trivial = compilePattern(
  "if|when|every time|everytime|until (noon|lunch|morning|\\d+)|this (exam|test|homework|game|meeting|class|wifi|traffic|weather|song|show|episode)|(exam|test|homework|wifi|mondays|monday|meeting|traffic|meme|match|ranked|game|class|teacher|math|maths|boss|queue|meatloaf|lecture|shift|nap)",
);

export function joking(sentence: string): boolean {
  return test(laughing, sentence) && test(trivial, sentence);
}
