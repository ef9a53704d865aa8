// Messages in id order. Ids are decimal bigints as the server writes them, so they compare by
// length first; the room's state and its catch-up both lean on these to show each message once.
import type { WireMessage } from "@/lib/shared/chat-types";

/** Ids are decimal bigints as the server writes them (no sign, no leading zeros): compared as such. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two ids, either of which may be missing. */
export const newerId = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : compareIds(a, b) >= 0 ? a : b;

/** Adds or replaces messages by id and keeps them in id order: nothing shows twice. */
export function mergeMessages(existing: WireMessage[], incoming: WireMessage[]): WireMessage[] {
  if (incoming.length === 0) return existing;
  if (incoming.length <= 8) {
    // A live frame or two: put each in its place by binary search instead of sorting everything.
    const merged = existing.slice();
    for (const message of incoming) {
      let low = 0;
      let high = merged.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareIds(merged[middle]!.id, message.id) < 0) low = middle + 1;
        else high = middle;
      }
      merged.splice(low, merged[low]?.id === message.id ? 1 : 0, message);
    }
    return merged;
  }
  const byId = new Map(existing.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
}
