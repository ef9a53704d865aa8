import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import { Server } from "socket.io";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import { metrics } from "@/lib/server/metrics/metrics";
import { errorBodyFor, respond, type Handler, type HandlerTable } from "@/lib/server/realtime/acknowledge";
import {
  roomChannel,
  roomWatchChannel,
  sessionChannel,
  staffChannel,
  userChannel,
} from "@/lib/server/realtime/channels";
import { messageHandlers } from "@/lib/server/realtime/handlers/message-handlers";
import { moderationHandlers } from "@/lib/server/realtime/handlers/moderation-handlers";
import { announceDeparture, roomHandlers } from "@/lib/server/realtime/handlers/room-handlers";
import { handshakeAuth } from "@/lib/server/realtime/handshake";
import type { HearthSocket, HearthSocketServer } from "@/lib/server/realtime/socket-types";
import { withTimeout } from "@/lib/server/database/with-timeout";
import { onRecovered } from "@/lib/server/outages";
import { redis, redisAnswering } from "@/lib/server/redis";
import { setPublisher, type Publisher } from "@/lib/server/services/publisher";
import { AppError } from "@/lib/shared/errors";
import { clientRequestNames, type ClientRequestName } from "@/lib/shared/realtime-events";

const knownEvents = new Set<string>(clientRequestNames);
const handlers: HandlerTable = { ...roomHandlers, ...messageHandlers, ...moderationHandlers };

/** Every request a socket sends, to its handler (called with the socket as `this`). */
function dispatch(this: HearthSocket, event: string, ...args: unknown[]): void {
  const work = knownEvents.has(event) ? handlers[event as ClientRequestName] : undefined;
  if (work) {
    void respond(this, event as ClientRequestName, work as Handler<ClientRequestName>, args[0], args[1]);
    return;
  }
  if (knownEvents.has(event)) return;
  const ack = args.at(-1);
  if (typeof ack === "function")
    ack({
      ok: false,
      error: errorBodyFor(
        new AppError("invalid_input", `Hearth does not know the event "${event.slice(0, 40)}".`),
      ),
    });
}
/** How long to wait for other processes to say who is online before saying "not known". */
const presenceTimeoutMs = 1_500;

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
  // When Redis is away, each process keeps delivering to its own sockets; only delivery between
  // processes pauses, and when Redis answers again every socket here is told to catch up.
  const client = redis();
  const adapterClients = client ? adapterConnections(client) : undefined;
  if (adapterClients)
    io.adapter(
      createAdapter(adapterClients.publisher, adapterClients.subscriber, {
        key: `${env().REDIS_KEY_PREFIX}:socket.io`,
        requestsTimeout: presenceTimeoutMs,
      }),
    );
  const stopResync = client ? onRecovered("redis", () => io.local.emit("room:resync")) : () => undefined;

  io.use(handshakeAuth(options.allowedOrigins));
  io.on("connection", (socket) => {
    forgetUpgradeRequest(socket);
    const { actor } = socket.data;
    void socket.join([
      userChannel(actor.userId),
      sessionChannel(actor.sessionId),
      ...(actor.staffPowers === "ready" ? [staffChannel(actor.userId)] : []),
    ]);
    // Two listeners shared by every socket: nothing per socket but the references.
    socket.onAny(dispatch);
    socket.on("disconnecting", announceDeparture);
  });

  setPublisher(socketPublisher(io));
  const figures = metrics();
  figures.sources.socketsConnected = () => io.of("/").sockets.size;
  logger().debug("socket server ready");

  return {
    io,
    async close() {
      stopResync();
      setPublisher(undefined);
      figures.sources.socketsConnected = undefined;
      await closeConnectionsGently(io, 1_000);
      await io.close();
      await Promise.all(
        [adapterClients?.publisher, adapterClients?.subscriber].map((adapterClient) =>
          adapterClient?.quit().catch(() => adapterClient.disconnect()),
        ),
      );
    },
  };
}

/**
 * Once the handshake has read the cookie and the address, nothing needs the HTTP request that
 * opened the connection; Socket.IO would keep it (with its headers and parser state) for the
 * socket's whole life. Dropping it is most of what an idle socket costs (docs/performance.md,
 * "Memory"; Socket.IO's own advice: https://socket.io/docs/v4/memory-usage/).
 */
function forgetUpgradeRequest(socket: { conn: { request: unknown }; handshake: { headers: unknown } }): void {
  socket.conn.request = null;
  socket.handshake.headers = {};
}

function socketPublisher(io: HearthSocketServer): Publisher {
  return {
    toRoom(roomId, exceptUserIds, event, ...args) {
      // The room's changes (its session, its settings) reach its watchers too; nothing else does.
      const watchers = event === "room:updated" ? [roomWatchChannel(roomId)] : [];
      io.to([roomChannel(roomId), ...watchers])
        .except(exceptUserIds.map(userChannel))
        .emit(event, ...args);
    },
    toUser(userId, event, ...args) {
      io.to(userChannel(userId)).emit(event, ...args);
    },
    toStaff(userId, event, ...args) {
      io.to(staffChannel(userId)).emit(event, ...args);
    },
    removeUserFromRoom(userId, roomId) {
      io.in(userChannel(userId)).socketsLeave(roomChannel(roomId));
    },
    async onlineUserIds(roomId) {
      // Who is here on other processes is asked over Redis: not known while it is away.
      if (redis() && !redisAnswering()) return null;
      try {
        const sockets = await withTimeout(io.in(roomChannel(roomId)).fetchSockets(), presenceTimeoutMs);
        return [...new Set(sockets.map((socket) => socket.data.actor.userId))];
      } catch (error) {
        logger().debug({ err: error, roomId }, "who is online is not known right now");
        return null;
      }
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

/**
 * The adapter's two connections. The publisher never queues and never waits long: a publish
 * while Redis is away is dropped (members catch up when it returns) and must not become an
 * unhandled rejection, since the adapter ignores the promise. The subscriber keeps its queue, so
 * its subscriptions are made (and remade) whenever the connection comes up.
 */
function adapterConnections(client: Redis): { publisher: Redis; subscriber: Redis } {
  const publisher = client.duplicate();
  const publish = publisher.publish.bind(publisher);
  publisher.publish = (channel: string | Buffer, message: string | Buffer) =>
    publish(channel, message).catch(() => 0);
  const subscriber = client.duplicate({
    // Subscriptions cannot share a pipeline with other commands.
    enableAutoPipelining: false,
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    commandTimeout: undefined,
  });
  for (const connection of [publisher, subscriber]) connection.on("error", () => {});
  return { publisher, subscriber };
}

/**
 * Closes every connection after what is written to it has gone out: `io.close()` alone closes
 * them with their buffers discarded, which would drop answers just given (docs/decisions/0015).
 * Clients see a closed transport and reconnect.
 */
function closeConnectionsGently(io: HearthSocketServer, timeoutMs: number): Promise<void> {
  const connections = new Set([...io.of("/").sockets.values()].map((socket) => socket.conn));
  if (connections.size === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let open = connections.size;
    const timer = setTimeout(resolve, timeoutMs);
    for (const connection of connections) {
      connection.once("close", () => {
        if (--open > 0) return;
        clearTimeout(timer);
        resolve();
      });
      connection.close();
    }
  });
}
