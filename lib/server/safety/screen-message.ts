// What the safety checks say about words before others see them — a new message, an edit, a
// content warning, all alike: blocked by a watched word (refused, nothing stored), flagged by
// one (shown, queued for review), or suggesting their author may be in danger (shown covered to
// other readers; care for the author, an urgent item for moderators).
import { db } from "@/lib/server/db";
import { assessCrisis, type CrisisMatch } from "@/lib/server/safety/crisis/detect-crisis";
import { containsPhrase, normalizeWords } from "@/lib/server/safety/phrase-matcher";

export interface Screening {
  blockedBy: string | null;
  flaggedBy: string[];
  /** Why the words read as a crisis (rules and the model); empty when they do not. */
  crisis: CrisisMatch[];
}

interface WatchedWordEntry {
  roomId: string | null;
  phrase: string;
  action: "block" | "flag";
}

// Watched words change rarely and are read on every send: each process keeps them for a few
// seconds. Changes on this process clear it at once; other processes follow within the TTL.
// Kept on globalThis: server.ts (the socket's sends) and the Next.js bundle (the admin route that
// changes the words) load their own copies of this module, and must share one cache.
const cacheTtlMs = 5_000;
const globalKey = Symbol.for("hearth.watchedWords");
type Shared = {
  generation: number;
  cache?: { at: number; words: WatchedWordEntry[] };
  reading?: { generation: number; words: Promise<WatchedWordEntry[]> };
};
const shared = ((globalThis as typeof globalThis & { [globalKey]?: Shared })[globalKey] ??= {
  generation: 0,
});

export function forgetWatchedWords(): void {
  shared.generation += 1;
  shared.cache = undefined;
}

async function watchedWords(): Promise<WatchedWordEntry[]> {
  const cache = shared.cache;
  if (cache && Date.now() - cache.at <= cacheTtlMs) return cache.words;
  const { generation } = shared;
  // One read at a time: when the cache runs out under load, every send arriving meanwhile would
  // ask PostgreSQL for the same rows (hundreds of reads queued on the pool every few seconds).
  if (shared.reading?.generation === generation) return shared.reading.words;
  const at = Date.now();
  const reading = {
    generation,
    words: db().watchedWord.findMany({ select: { roomId: true, phrase: true, action: true } }),
  };
  shared.reading = reading;
  try {
    const words = await reading.words;
    // A change made while this read was on its way cleared the cache: what was read may be stale.
    if (shared.generation === generation) shared.cache = { at, words };
    return words;
  } finally {
    if (shared.reading === reading) shared.reading = undefined;
  }
}

export async function screenMessage(
  roomId: string,
  body: string,
  contentWarning: string | null,
): Promise<Screening> {
  const applicable = (await watchedWords()).filter((word) => word.roomId === null || word.roomId === roomId);
  // Most rooms watch no words: the text is split into words only when some are watched.
  const words = applicable.length > 0 ? normalizeWords(`${body} ${contentWarning ?? ""}`) : [];
  const matched = applicable.filter((word) => containsPhrase(words, word.phrase));
  // The content warning is read as its own sentence before the body ("suicide. I can't go on").
  const crisis = assessCrisis(contentWarning ? `${contentWarning}.\n${body}` : body);
  return {
    blockedBy: matched.find((word) => word.action === "block")?.phrase ?? null,
    flaggedBy: matched.filter((word) => word.action === "flag").map((word) => word.phrase),
    crisis: crisis.crisis ? crisis.matches : [],
  };
}

/** The refusal a blocking watched word gets, the same on every path. */
export const blockedWordsProblem =
  "This room doesn't allow some of the words in your message, so it wasn't posted. Could you say it another way?";
