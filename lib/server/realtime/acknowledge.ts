// The socket door's one error mapper: every request answers { ok: true, ...data } or
// { ok: false, error }, and no failure escapes into the process.
import { randomUUID } from "node:crypto";
import type { Socket } from "socket.io";
import { knownFailure } from "@/lib/server/database/database-errors";
import { TimeoutError, withTimeout } from "@/lib/server/database/with-timeout";
import { logger } from "@/lib/server/logger";
import { countSocketRequest } from "@/lib/server/metrics/metrics";
import { drainingRetryAfterSeconds, inFlight, isDraining } from "@/lib/server/realtime/drain";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { AppError, type ErrorBody } from "@/lib/shared/errors";
import type { AckAnswer, ClientRequestName, RequestAnswer } from "@/lib/shared/realtime-events";

export function errorBodyFor(error: unknown, requestId?: string): ErrorBody {
  const known = knownFailure(error);
  if (known) return known.toBody();
  logger().error({ err: error, requestId }, "socket event failed");
  // Said without "nothing was saved": where it failed, it may have been after a commit.
  return { code: "internal", message: "Something went wrong on our side. Please try again." };
}

/**
 * Every request is answered within this time, whatever the database does: past it the answer is
 * `unavailable` (the work may still finish; a resend with the same clientId is stored once).
 */
export const answerDeadlineMs = 4_500;

/** A request that arrives while this process stops: nothing was done; the client tries again after reconnecting. */
export function stopping(): AppError {
  return new AppError("unavailable", "Hearth is restarting. Please try again in a moment.", {
    retryAfterSeconds: drainingRetryAfterSeconds,
  });
}

function tooSlow(): AppError {
  return new AppError(
    "unavailable",
    "Hearth is taking too long to answer just now. Please try again shortly.",
    {
      retryAfterSeconds: 3,
    },
  );
}

/**
 * What answers one kind of request. The payload reaches it as `unknown` on purpose: the contract
 * says what an honest client sends, but anyone can send anything, so the service parses it with
 * the schema the contract names. The answer must be the contract's. Handlers are written once
 * per process and read the person from the socket: nothing is made per socket (at 10,000 idle
 * sockets a closure per event per socket was a third of each one's memory, docs/performance.md).
 */
export type Handler<Event extends ClientRequestName> = (
  socket: HearthSocket,
  untrustedPayload: unknown,
) => Promise<RequestAnswer<Event>>;

export type HandlerTable = { [Event in ClientRequestName]?: Handler<Event> };

/** Runs one request and answers it: never twice, never a failure escaping into the process. */
export async function respond<Event extends ClientRequestName>(
  socket: HearthSocket,
  event: Event,
  work: Handler<Event>,
  payload: unknown,
  ack: unknown,
): Promise<void> {
  // A client may leave out the acknowledgement (or send something else in its place).
  const reply =
    typeof ack === "function" ? (ack as (answer: AckAnswer<RequestAnswer<Event>>) => void) : undefined;
  const startedAt = performance.now();
  if (isDraining()) {
    reply?.({ ok: false, error: stopping().toBody() });
    countSocketRequest(event, "unavailable", (performance.now() - startedAt) / 1000);
    return;
  }
  await inFlight(async () => {
    try {
      const data = await withTimeout(work(socket, payload), answerDeadlineMs, event);
      reply?.({ ok: true, ...data });
      countSocketRequest(event, "ok", (performance.now() - startedAt) / 1000);
    } catch (error) {
      if (error instanceof TimeoutError) reportSlow(event);
      const requestId = randomUUID();
      const body = errorBodyFor(error instanceof TimeoutError ? tooSlow() : error, requestId);
      const logged = body.code !== "unavailable";
      // The id goes with the answer only when a line carries it too (see logSocketFailure).
      reply?.({ ok: false, error: logged ? { ...body, requestId } : body });
      const durationMs = performance.now() - startedAt;
      countSocketRequest(event, body.code, durationMs / 1000);
      if (logged) logSocketFailure({ requestId, event, code: body.code, durationMs: Math.round(durationMs) });
    }
  });
}

/**
 * One line per failed socket request, like the HTTP server's (lib/server/http/request-log.ts):
 * the event's name, never its payload. `unavailable` answers are not written one by one: they
 * come in floods (overload, an outage, a restart), are counted in /metrics, and the outage or
 * the slowness is logged once (lib/server/outages.ts, reportSlow below).
 */
function logSocketFailure(line: {
  requestId: string;
  event: string;
  code: string;
  durationMs: number;
}): void {
  if (line.code === "internal") logger().error(line, "socket request failed");
  else logger().info(line, "socket request refused");
}

/** Answers one kind of request on one socket (a listener of its own; the tables above cost less). */
export function answer<Event extends ClientRequestName>(
  socket: HearthSocket,
  event: Event,
  work: (untrustedPayload: unknown) => Promise<RequestAnswer<Event>>,
): void {
  // The typed `on` cannot see that a listener for a generic event fits that event; the
  // signature above is where the contract is enforced, so register through the plain view.
  const plainSocket: Socket = socket;
  const eventName: string = event;
  plainSocket.on(eventName, (payload: unknown, ack?: unknown) =>
    respond(socket, event, (_socket, untrusted) => work(untrusted), payload, ack),
  );
}

let slowSince = 0;
let slowCount = 0;
/** Requests past the deadline are counted and logged at most every 10 s, not one line each. */
function reportSlow(event: string): void {
  slowCount++;
  const now = Date.now();
  if (now - slowSince < 10_000) return;
  logger().warn(
    { event, requestsPastDeadline: slowCount },
    "requests answered unavailable: past the deadline",
  );
  slowSince = now;
  slowCount = 0;
}
