import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Server } from "socket.io";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import { errorBodyFor } from "@/lib/server/realtime/acknowledge";
import { roomChannel, sessionChannel, userChannel } from "@/lib/server/realtime/channels";
import { registerMessageHandlers } from "@/lib/server/realtime/handlers/message-handlers";
import { registerModerationHandlers } from "@/lib/server/realtime/handlers/moderation-handlers";
import { registerRoomHandlers } from "@/lib/server/realtime/handlers/room-handlers";
import { handshakeAuth } from "@/lib/server/realtime/handshake";
import type { HearthSocketServer } from "@/lib/server/realtime/socket-types";
import { redis } from "@/lib/server/redis";
import { setPublisher, type Publisher } from "@/lib/server/services/publisher";
import { AppError } from "@/lib/shared/errors";
import { clientRequestNames } from "@/lib/shared/realtime-events";

const knownEvents = new Set<string>(clientRequestNames);

export interface SocketServer {
  io: HearthSocketServer;
  close(): Promise<void>;
}

export function createSocketServer(
  httpServer: HttpServer,
  options: { allowedOrigins: ReadonlySet<string> },
): SocketServer {
  const io: HearthSocketServer = new Server(httpServer, {
    // Chat payloads are small (2,000 characters at most); anything bigger closes the connection unread.
    maxHttpBufferSize: 8 * 1024,
    serveClient: false,
    cors: { origin: [...options.allowedOrigins], credentials: true },
  });

  // With Redis, every Hearth process shares Socket.IO rooms: an event published on one
  // process reaches sockets connected to any other.
  const client = redis();
  const adapterClients = client ? ([client.duplicate(), client.duplicate()] as const) : undefined;
  if (adapterClients)
    io.adapter(
      createAdapter(adapterClients[0], adapterClients[1], { key: `${env().REDIS_KEY_PREFIX}:socket.io` }),
    );

  io.use(handshakeAuth(options.allowedOrigins));
  io.on("connection", (socket) => {
    void socket.join([userChannel(socket.data.actor.userId), sessionChannel(socket.data.actor.sessionId)]);
    registerRoomHandlers(socket);
    registerMessageHandlers(socket);
    registerModerationHandlers(socket);
    socket.onAny((event: string, ...args: unknown[]) => {
      if (knownEvents.has(event)) return;
      const ack = args.at(-1);
      if (typeof ack === "function")
        ack({
          ok: false,
          error: errorBodyFor(
            new AppError("invalid_input", `Hearth does not know the event "${event.slice(0, 40)}".`),
          ),
        });
    });
  });

  setPublisher(socketPublisher(io));
  logger().debug("socket server ready");

  return {
    io,
    async close() {
      setPublisher(undefined);
      await io.close();
      await Promise.all(
        adapterClients?.map((adapterClient) =>
          adapterClient.quit().catch(() => adapterClient.disconnect()),
        ) ?? [],
      );
    },
  };
}

function socketPublisher(io: HearthSocketServer): Publisher {
  return {
    toRoom(roomId, exceptUserIds, event, ...args) {
      io.to(roomChannel(roomId))
        .except(exceptUserIds.map(userChannel))
        .emit(event, ...args);
    },
    toUser(userId, event, ...args) {
      io.to(userChannel(userId)).emit(event, ...args);
    },
    removeUserFromRoom(userId, roomId) {
      io.in(userChannel(userId)).socketsLeave(roomChannel(roomId));
    },
    async onlineUserIds(roomId) {
      const sockets = await io.in(roomChannel(roomId)).fetchSockets();
      return [...new Set(sockets.map((socket) => socket.data.actor.userId))];
    },
    disconnectUser(userId) {
      io.to(userChannel(userId)).emit("session:revoked");
      io.in(userChannel(userId)).disconnectSockets(true);
    },
    endSession(sessionId) {
      io.to(sessionChannel(sessionId)).emit("session:revoked");
      io.in(sessionChannel(sessionId)).disconnectSockets(true);
    },
  };
}
