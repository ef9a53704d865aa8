"use client";
// Messages not yet acknowledged, kept in the browser so a reload or a lost connection loses
// nothing: they are sent again with the same clientId, which the server answers only once.
export interface PendingMessage {
  clientId: string;
  body: string;
  contentWarning: string | null;
  /**
   * waiting: for the connection; sending: asked, no answer yet; held: Hearth answered
   * `unavailable` and it goes again shortly; failed: refused, with why.
   */
  state: "waiting" | "sending" | "held" | "failed";
  error?: string;
}

/** The unsent messages less those the server has now stored (matched by clientId). */
export function withoutStored(pending: PendingMessage[], stored: { clientId: string }[]): PendingMessage[] {
  const clientIds = new Set(stored.map((message) => message.clientId));
  const kept = pending.filter((item) => !clientIds.has(item.clientId));
  return kept.length === pending.length ? pending : kept;
}

const key = (roomId: string) => `hearth:pending:${roomId}`;

export function loadPending(roomId: string): PendingMessage[] {
  try {
    const stored = JSON.parse(localStorage.getItem(key(roomId)) ?? "[]") as PendingMessage[];
    return Array.isArray(stored) ? stored.map((message) => ({ ...message, state: "waiting" as const })) : [];
  } catch {
    return [];
  }
}

export function savePending(roomId: string, pending: PendingMessage[]): void {
  try {
    if (pending.length === 0) localStorage.removeItem(key(roomId));
    else localStorage.setItem(key(roomId), JSON.stringify(pending));
  } catch {
    // Storage may be full or disabled; the messages still live in memory.
  }
}

/**
 * How long a send answered `unavailable` waits before it goes again: what the server said (at
 * most 30 s; 5 s when it said nothing), plus up to half again at random, so that many people
 * turned away at the same busy moment do not all come back at the same instant.
 */
export function heldRetryDelayMs(retryAfterSeconds: number | undefined, random: () => number = Math.random) {
  const seconds = Math.min(30, retryAfterSeconds ?? 5);
  return Math.round(seconds * 1000 * (1 + 0.5 * random()));
}
