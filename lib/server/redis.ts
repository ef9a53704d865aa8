// Redis is optional: with REDIS_URL set, rate limits and Socket.IO rooms are shared by every
// Hearth process; without it each process keeps them in memory.
import { Redis } from "ioredis";
import { env } from "@/lib/env";

const globalKey = Symbol.for("hearth.redis");
type GlobalWithRedis = typeof globalThis & { [globalKey]?: Redis };

export function redis(): Redis | undefined {
  const url = env().REDIS_URL;
  if (!url) return undefined;
  const holder = globalThis as GlobalWithRedis;
  holder[globalKey] ??= new Redis(url, {
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: false,
  });
  return holder[globalKey];
}

export async function disconnectRedis(): Promise<void> {
  const holder = globalThis as GlobalWithRedis;
  const client = holder[globalKey];
  holder[globalKey] = undefined;
  await client?.quit().catch(() => client.disconnect());
}
