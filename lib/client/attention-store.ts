// The header's one live view of what waits for this person, shared by the links that show it
// and the phone's Menu button, so the dot on a folded menu is as live as the links inside it.
import { useSyncExternalStore } from "react";
import type { Attention } from "@/lib/shared/check-in-types";

let latest: Attention | null = null;
const listeners = new Set<() => void>();

export function publishAttention(attention: Attention): void {
  latest = attention;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The newest attention fetched on this page, or null before the first. */
export function useLatestAttention(): Attention | null {
  return useSyncExternalStore(
    subscribe,
    () => latest,
    () => null,
  );
}

export function somethingWaits(attention: Attention): boolean {
  return (
    attention.priorityItems > 0 ||
    attention.unreadCheckIns > 0 ||
    attention.unreadNotices > 0 ||
    attention.appealsToReview > 0
  );
}
