import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Server } from "socket.io";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import { handshakeAuth, type SocketData } from "@/lib/server/realtime/handshake";
import { redis } from "@/lib/server/redis";
import { setPublisher } from "@/lib/server/services/publisher";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/shared/realtime-events";

export type HearthSocketServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export function userChannel(userId: string): string {
  return `user:${userId}`;
}

export interface SocketServer {
  io: HearthSocketServer;
  close(): Promise<void>;
}

export function createSocketServer(httpServer: HttpServer, options: { allowedOrigins: ReadonlySet<string> }): SocketServer {
  const io: HearthSocketServer = new Server(httpServer, {
    // Chat payloads are small (2,000 characters at most); anything bigger is refused unread.
    maxHttpBufferSize: 8 * 1024,
    serveClient: false,
    cors: { origin: [...options.allowedOrigins], credentials: true },
  });

  // With Redis, every Hearth process shares Socket.IO rooms: an event published on one
  // process reaches sockets connected to any other.
  const client = redis();
  const adapterClients = client ? [client.duplicate(), client.duplicate()] as const : undefined;
  if (adapterClients) io.adapter(createAdapter(adapterClients[0], adapterClients[1], { key: `${env().REDIS_KEY_PREFIX}:socket.io` }));

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
  return {
    io,
    async close() {
      setPublisher(undefined);
      await io.close();
      await Promise.all(adapterClients?.map((adapterClient) => adapterClient.quit().catch(() => adapterClient.disconnect())) ?? []);
    },
  };
}
