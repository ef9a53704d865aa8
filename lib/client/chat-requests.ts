"use client";
// Asking the server over the page's socket.
import type { Socket } from "socket.io-client";
import { hearthSocket } from "@/lib/client/socket";
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
