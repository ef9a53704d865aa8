// Every socket is authenticated once, at the handshake, from the session cookie; a browser
// page from another site (a foreign Origin) is refused even with a valid cookie.
import type { Socket } from "socket.io";
import { env } from "@/lib/env";
import { memberFromCookieHeader } from "@/lib/server/auth/session-token";
import { knownFailure } from "@/lib/server/database/database-errors";
import { resolveClientAddress } from "@/lib/server/http/client-address";
import { logger } from "@/lib/server/logger";
import { isDraining } from "@/lib/server/realtime/drain";
import type { SocketData } from "@/lib/server/realtime/socket-types";
import type { HandshakeErrorData } from "@/lib/shared/realtime-events";

function refusal(code: HandshakeErrorData["code"], message: string): Error {
  return Object.assign(new Error(message), { data: { code } satisfies HandshakeErrorData });
}

export function handshakeAuth(allowedOrigins: ReadonlySet<string>) {
  return async (socket: Socket, next: (error?: Error) => void): Promise<void> => {
    // A process that is stopping takes no new sockets: the client tries again (another process).
    if (isDraining())
      return next(refusal("unavailable", "Hearth is restarting. Please try again in a moment."));
    try {
      // Browsers always send Origin on cross-site requests and WebSockets; a missing one
      // means same-origin or a non-browser client, which still needs the cookie below.
      const origin = socket.handshake.headers.origin;
      if (origin && !allowedOrigins.has(origin)) {
        return next(refusal("forbidden", "This page is not allowed to connect to Hearth."));
      }
      const actor = await memberFromCookieHeader(socket.handshake.headers.cookie);
      if (!actor) return next(refusal("unauthenticated", "Please sign in to join the conversation."));
      (socket.data as SocketData).actor = actor;
      (socket.data as SocketData).address = resolveClientAddress(
        socket.conn.remoteAddress,
        socket.handshake.headers["x-forwarded-for"],
        env().TRUST_PROXY,
      );
      next();
    } catch (error) {
      // A database outage is noted once (knownFailure); anything else is logged in full.
      if (!knownFailure(error)) logger().error({ err: error }, "socket handshake failed");
      next(refusal("unavailable", "Hearth could not check your session just now. Please try again."));
    }
  };
}
