"use client";
// Asking the server over the page's socket, and keeping a conversation's messages in order.
import { hearthSocket } from "@/lib/client/socket";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { AckAnswer } from "@/lib/shared/realtime-events";

const ackTimeoutMs = 10_000;

/** The answer given when the connection dropped before the server replied. */
export const lostConnection: ErrorBody = {
  code: "unavailable",
  message: "The connection dropped before Hearth answered. We'll try again when it's back.",
};

/** Emits an event and resolves with its acknowledgement, or with lostConnection. */
export async function ask<Data extends object>(event: string, payload: unknown): Promise<AckAnswer<Data>> {
  try {
    const emitter = hearthSocket().timeout(ackTimeoutMs) as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<AckAnswer<Data>>;
    };
    return await emitter.emitWithAck(event, payload);
  } catch {
    return { ok: false, error: lostConnection };
  }
}

function byId(a: WireMessage, b: WireMessage) {
  const difference = BigInt(a.id) - BigInt(b.id);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Adds or replaces messages by id and keeps them in id order: nothing shows twice. */
export function mergeMessages(existing: WireMessage[], incoming: WireMessage[]): WireMessage[] {
  const map = new Map(existing.map((message) => [message.id, message]));
  for (const message of incoming) map.set(message.id, message);
  return [...map.values()].sort(byId);
}
