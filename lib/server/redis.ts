// Redis is optional, and an optimisation when present: with REDIS_URL set, rate limits and
// Socket.IO rooms are shared by every Hearth process; without it each process keeps them in
// memory. When Redis is away or hung nothing waits for it: a command fails at once while the
// connection is down (no offline queue) or after `redisCommandTimeoutMs` when Redis does not
// answer, and callers carry on without it (docs/decisions/0012).
import { Redis, type RedisOptions } from "ioredis";
import { env } from "@/lib/env";
import { isDown, reportDown, reportUp } from "@/lib/server/outages";

/** How long any Redis command may take before its caller stops waiting. */
export const redisCommandTimeoutMs = 1_000;
/**
 * How often a process checks that Redis still answers (a frozen Redis keeps its connections open).
 * With two missed pings making an outage, a hung Redis is noticed within about 3 s (every 2 s, it
 * took up to 5 s, and a 5 s freeze could end before one process noticed it: its members then
 * missed the catch-up that follows an outage).
 */
const heartbeatMs = 1_000;
/**
 * Missed pings in a row that make an outage. One late answer is not one: a process whose event
 * loop was busy for a second finds its ping's timer expired before it reads the reply.
 */
const missedPingsForOutage = 2;

/** Options for every connection to Redis that answers requests (not the subscriber). */
export const redisOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: redisCommandTimeoutMs,
  connectTimeout: 2_000,
  retryStrategy: (attempt) => Math.min(200 * attempt, 2_000),
  // Commands issued in one turn of the event loop go out in one write (a send's rate-limit count
  // beside the others of its batch; the adapter's publishes): about a fifth less CPU per command
  // here (docs/performance.md). Each command still has its own timeout. Not for the subscriber.
  enableAutoPipelining: true,
};

const globalKey = Symbol.for("hearth.redis");
interface WatchedRedis {
  client: Redis;
  heartbeat: NodeJS.Timeout;
  /** Settles once the first connection is made: until then a refused command is not an outage. */
  firstConnection: Promise<void>;
}
type GlobalWithRedis = typeof globalThis & { [globalKey]?: WatchedRedis };

export function redis(): Redis | undefined {
  const url = env().REDIS_URL;
  if (!url) return undefined;
  const holder = globalThis as GlobalWithRedis;
  holder[globalKey] ??= watch(new Redis(url, redisOptions));
  return holder[globalKey].client;
}

/**
 * Waits for the first connection of a process that has just started (commands are refused, not
 * queued, until then); later calls return at once. A connection that fails is reported by its
 * own "error" event.
 */
export async function firstRedisConnection(): Promise<void> {
  redis();
  await (globalThis as GlobalWithRedis)[globalKey]?.firstConnection;
}

/** Whether Redis is in use and answering now. */
export function redisAnswering(): boolean {
  return redis() !== undefined && !isDown("redis");
}

function watch(client: Redis): WatchedRedis {
  const firstConnection = new Promise<void>((resolve) => {
    for (const settled of ["ready", "error", "end"]) client.once(settled, () => resolve());
  });
  // Without an "error" listener ioredis prints every failed reconnect; the outage log says it once.
  client.on("error", (error: Error) => reportDown("redis", error));
  client.on("close", () => reportDown("redis", new Error("connection closed")));
  client.on("ready", () => reportUp("redis"));
  let missedPings = 0;
  const heartbeat = setInterval(() => {
    if (client.status !== "ready") return;
    client.ping().then(
      () => {
        missedPings = 0;
        reportUp("redis");
      },
      (error: unknown) => {
        missedPings++;
        if (missedPings >= missedPingsForOutage) reportDown("redis", error);
      },
    );
  }, heartbeatMs);
  heartbeat.unref();
  return { client, heartbeat, firstConnection };
}

export async function disconnectRedis(): Promise<void> {
  const holder = globalThis as GlobalWithRedis;
  const held = holder[globalKey];
  holder[globalKey] = undefined;
  if (!held) return;
  clearInterval(held.heartbeat);
  held.client.removeAllListeners();
  held.client.on("error", () => {});
  await held.client.quit().catch(() => held.client.disconnect());
}
