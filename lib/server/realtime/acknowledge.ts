// The socket door's one error mapper: every request answers { ok: true, ...data } or
// { ok: false, error }, and no failure escapes into the process.
import type { Socket } from "socket.io";
import { isTransientConflict, transientConflictError } from "@/lib/server/database/transient-conflict";
import { logger } from "@/lib/server/logger";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { AppError, type ErrorBody } from "@/lib/shared/errors";
import type { AckAnswer, ClientRequestName, RequestAnswer } from "@/lib/shared/realtime-events";

export function errorBodyFor(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  if (isTransientConflict(error)) {
    logger().warn({ err: error }, "transaction conflict");
    return transientConflictError().toBody();
  }
  logger().error({ err: error }, "socket event failed");
  return {
    code: "internal",
    message: "Something went wrong on our side. Nothing was saved. Please try again.",
  };
}

/**
 * Answers one kind of request on a socket. The payload reaches `work` as `unknown` on purpose:
 * the contract says what an honest client sends, but anyone can send anything, so the service
 * parses it with the schema the contract names. The answer must be the contract's.
 */
export function answer<Event extends ClientRequestName>(
  socket: HearthSocket,
  event: Event,
  work: (untrustedPayload: unknown) => Promise<RequestAnswer<Event>>,
): void {
  const listener = async (payload: unknown, ack?: unknown): Promise<void> => {
    // A client may leave out the acknowledgement (or send something else in its place).
    const reply =
      typeof ack === "function" ? (ack as (answer: AckAnswer<RequestAnswer<Event>>) => void) : undefined;
    try {
      const data = await work(payload);
      reply?.({ ok: true, ...data });
    } catch (error) {
      reply?.({ ok: false, error: errorBodyFor(error) });
    }
  };
  // The typed `on` cannot see that a listener for a generic event fits that event; the
  // signature above is where the contract is enforced, so register through the plain view.
  const plainSocket: Socket = socket;
  const eventName: string = event;
  plainSocket.on(eventName, listener);
}
