// What /api/health answers: each dependency with its state, within about 1.5 s whatever they do.
// Hearth serves while PostgreSQL answers; without Redis it serves too (each process on its own:
// docs/decisions/0012), so Redis away is "degraded", not "unavailable".
import { db } from "@/lib/server/db";
import { withTimeout } from "@/lib/server/database/with-timeout";
import { reportDown, reportUp } from "@/lib/server/outages";
import { firstRedisConnection, redis } from "@/lib/server/redis";

export interface Health {
  status: "ok" | "degraded" | "unavailable";
  database: "up" | "down";
  redis: "up" | "down" | "not_configured";
}

/** Each probe gives up after this long: the whole answer comes well within 2 s. */
const probeTimeoutMs = 1_500;

export async function checkHealth(): Promise<Health> {
  const [database, redisState] = await Promise.all([probeDatabase(), probeRedis()]);
  const status = database === "down" ? "unavailable" : redisState === "down" ? "degraded" : "ok";
  return { status, database, redis: redisState };
}

async function probeDatabase(): Promise<Health["database"]> {
  try {
    await withTimeout(db().$queryRaw`SELECT 1`, probeTimeoutMs);
    reportUp("database");
    return "up";
  } catch (error) {
    reportDown("database", error);
    return "down";
  }
}

async function probeRedis(): Promise<Health["redis"]> {
  const client = redis();
  if (!client) return "not_configured";
  try {
    // A process asked for its health as it starts has not connected yet: that is not an outage.
    await withTimeout(
      firstRedisConnection().then(() => client.ping()),
      probeTimeoutMs,
    );
    reportUp("redis");
    return "up";
  } catch (error) {
    reportDown("redis", error);
    return "down";
  }
}
