// What a reader chooses not to see uncovered: common content-warning themes, their own words,
// and whether crisis-flagged and content-warned messages stay covered (both on by default).
// Matching runs in the browser, for that reader only; nobody else is affected or told.

export interface ReadingTheme {
  id: string;
  label: string;
  /** Words and phrases that bring the theme up (matched whole, any case, with an optional plural). */
  words: readonly string[];
}

export const readingThemes = [
  {
    id: "suicide",
    label: "suicide",
    words: ["suicide", "suicidal", "kill myself", "killing myself", "end my life", "ending my life", "kms"],
  },
  {
    id: "self_harm",
    label: "self-harm",
    words: [
      "self-harm",
      "self harm",
      "selfharm",
      "cutting",
      "cut myself",
      "burn myself",
      "hurting myself",
      "scar",
    ],
  },
  {
    id: "abuse",
    label: "abuse",
    words: ["abuse", "abused", "abuser", "abusive", "domestic violence", "narcissist"],
  },
  {
    id: "sexual_violence",
    label: "sexual violence",
    words: ["rape", "raped", "sexual assault", "sexually assaulted", "molested", "groomed"],
  },
  {
    id: "violence",
    label: "violence",
    words: ["violence", "violent", "beaten", "beat me", "hit me", "punched", "stabbed", "shooting", "gun"],
  },
  {
    id: "death_grief",
    label: "death and grief",
    words: ["death", "died", "dying", "funeral", "passed away", "grave", "cremation", "grief"],
  },
  {
    id: "eating",
    label: "eating and body image",
    words: [
      "eating disorder",
      "anorexia",
      "anorexic",
      "bulimia",
      "binge",
      "purging",
      "purge",
      "calories",
      "weight",
    ],
  },
  {
    id: "substances",
    label: "alcohol and drugs",
    words: ["alcohol", "drunk", "drinking", "drugs", "overdose", "relapse", "relapsed", "high", "sober"],
  },
  {
    id: "pregnancy_loss",
    label: "pregnancy and baby loss",
    words: ["miscarriage", "miscarried", "stillbirth", "stillborn", "pregnancy loss", "lost the baby"],
  },
  {
    id: "accidents",
    label: "accidents and injury",
    words: ["accident", "crash", "crashed", "injury", "injured", "hospital", "ambulance"],
  },
] as const satisfies readonly ReadingTheme[];

export type ReadingThemeId = (typeof readingThemes)[number]["id"];
export const readingThemeIds = readingThemes.map((theme) => theme.id) as [
  ReadingThemeId,
  ...ReadingThemeId[],
];

export interface ReadingFilters {
  themes: ReadingThemeId[];
  ownWords: string[];
  coverCrisis: boolean;
  coverWarned: boolean;
}

export const defaultReadingFilters: ReadingFilters = {
  themes: [],
  ownWords: [],
  coverCrisis: true,
  coverWarned: true,
};

export const OWN_WORDS_MAX = 30;
export const OWN_WORD_MAX_LENGTH = 40;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One pattern per phrase: whole words, spaces or hyphens between them, an optional plural. */
function phrasePattern(phrase: string): RegExp {
  const parts = phrase
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .map(escape);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${parts.join("[\\s-]*")}(s|es)?(?=$|[^\\p{L}\\p{N}])`, "u");
}

const patternCache = new Map<string, RegExp>();
function matches(text: string, phrase: string): boolean {
  let pattern = patternCache.get(phrase);
  if (!pattern) {
    pattern = phrasePattern(phrase);
    patternCache.set(phrase, pattern);
  }
  return pattern.test(text);
}

/**
 * Which of this reader's filters a message meets: the labels to show ("suicide", "your word
 * “dad”"), empty when none. The content warning counts as part of the message.
 */
export function filtersMatched(
  message: { body: string; contentWarning: string | null },
  filters: Pick<ReadingFilters, "themes" | "ownWords">,
): string[] {
  const text = `${message.contentWarning ?? ""}\n${message.body}`.toLowerCase();
  const found: string[] = [];
  for (const theme of readingThemes)
    if (filters.themes.includes(theme.id) && theme.words.some((word) => matches(text, word)))
      found.push(theme.label);
  for (const word of filters.ownWords)
    if (word.trim() && matches(text, word)) found.push(`your word “${word}”`);
  return found;
}
