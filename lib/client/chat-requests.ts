"use client";
// Asking the server over the page's socket, and keeping a conversation's messages in order.
import type { Socket } from "socket.io-client";
import { hearthSocket } from "@/lib/client/socket";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type {
  AckAnswer,
  ClientRequestName,
  RequestAnswer,
  RequestPayload,
} from "@/lib/shared/realtime-events";

const ackTimeoutMs = 10_000;

/** The answer given when the connection dropped before the server replied. */
export const lostConnection: ErrorBody = {
  code: "unavailable",
  message: "The connection dropped before Hearth answered. We'll try again when it's back.",
};

/**
 * Sends a request over the page's socket and resolves with its answer, or with lostConnection.
 * Typed by the contract: a wrong event name, payload or answer does not compile.
 */
export async function ask<Event extends ClientRequestName>(
  event: Event,
  payload: RequestPayload<Event>,
): Promise<AckAnswer<RequestAnswer<Event>>> {
  try {
    // The typed emitWithAck cannot follow a generic event name; the signature above holds the
    // contract, so send through the plain view of the same socket.
    const plainSocket: Socket = hearthSocket();
    const eventName: string = event;
    const reply: AckAnswer<RequestAnswer<Event>> = await plainSocket
      .timeout(ackTimeoutMs)
      .emitWithAck(eventName, payload);
    return reply;
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
