import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Server } from "socket.io";
import { logger } from "@/lib/server/logger";
import { handshakeAuth, type SocketData } from "@/lib/server/realtime/handshake";
import { redis } from "@/lib/server/redis";
import { setPublisher } from "@/lib/server/services/publisher";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/shared/realtime-events";

export type HearthSocketServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export function userChannel(userId: string): string {
  return `user:${userId}`;
}

export function createSocketServer(httpServer: HttpServer, options: { allowedOrigins: ReadonlySet<string> }): HearthSocketServer {
  const io: HearthSocketServer = new Server(httpServer, {
    // Chat payloads are small (2,000 characters at most); anything bigger is refused unread.
    maxHttpBufferSize: 8 * 1024,
    serveClient: false,
    cors: { origin: [...options.allowedOrigins], credentials: true },
  });

  const client = redis();
  if (client) io.adapter(createAdapter(client.duplicate(), client.duplicate()));

  io.use(handshakeAuth(options.allowedOrigins));
  io.on("connection", (socket) => {
    void socket.join(userChannel(socket.data.actor.userId));
    logger().debug({ userId: socket.data.actor.userId }, "socket connected");
  });

  setPublisher({
    disconnectUser(userId) {
      io.to(userChannel(userId)).emit("session:revoked");
      io.in(userChannel(userId)).disconnectSockets(true);
    },
  });
  return io;
}
