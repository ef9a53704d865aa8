// What the safety checks say about a message before it is posted: blocked by a watched word
// (refused, nothing stored), flagged by one (posted, queued for review), or suggesting its
// author may be in danger (posted; care for the author, an urgent item for moderators).
import { db } from "@/lib/server/db";
import { crisisPhrases } from "@/lib/server/safety/crisis-phrases";
import { containsPhrase, normalizeWords } from "@/lib/server/safety/phrase-matcher";

export interface Screening {
  blockedBy: string | null;
  flaggedBy: string[];
  crisis: boolean;
}

interface WatchedWordEntry {
  roomId: string | null;
  phrase: string;
  action: "block" | "flag";
}

// Watched words change rarely and are read on every send: each process keeps them for a few
// seconds. Changes on this process clear it at once; other processes follow within the TTL.
const cacheTtlMs = 5_000;
let cache: { at: number; words: WatchedWordEntry[] } | undefined;

export function forgetWatchedWords(): void {
  cache = undefined;
}

async function watchedWords(): Promise<WatchedWordEntry[]> {
  if (!cache || Date.now() - cache.at > cacheTtlMs) {
    cache = {
      at: Date.now(),
      words: await db().watchedWord.findMany({ select: { roomId: true, phrase: true, action: true } }),
    };
  }
  return cache.words;
}

export async function screenMessage(
  roomId: string,
  body: string,
  contentWarning: string | null,
): Promise<Screening> {
  const words = normalizeWords(`${body} ${contentWarning ?? ""}`);
  const applicable = (await watchedWords()).filter((word) => word.roomId === null || word.roomId === roomId);
  const matched = applicable.filter((word) => containsPhrase(words, word.phrase));
  return {
    blockedBy: matched.find((word) => word.action === "block")?.phrase ?? null,
    flaggedBy: matched.filter((word) => word.action === "flag").map((word) => word.phrase),
    crisis: crisisPhrases.some((phrase) => containsPhrase(words, phrase)),
  };
}
