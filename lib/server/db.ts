// The one Prisma client. It is kept on globalThis because the server (dist/server.js, or
// server.ts under tsx in development) and the Next.js bundle each load their own copy of this
// module: both must share one pool, and graceful shutdown must close that pool.
//
// Nothing waits on PostgreSQL for long (docs/decisions/0012): getting a connection (from the
// pool, or a new one) gives up after 2 s, the server cancels a statement after 3 s, and the
// client stops waiting for an answer after 3.5 s (a frozen server answers nothing, not even a
// cancel). While the database is known to be away, a probe checks every second for its return.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { withTimeout } from "@/lib/server/database/with-timeout";
import { isDown, reportDown, reportUp } from "@/lib/server/outages";

export const poolOptions = {
  max: 10,
  connectionTimeoutMillis: 2_000,
  statement_timeout: 3_000,
  query_timeout: 3_500,
  idle_in_transaction_session_timeout: 10_000,
  keepAlive: true,
};
const probeEveryMs = 1_000;

const globalKey = Symbol.for("hearth.prisma");
const poolKey = Symbol.for("hearth.pgPool");
const preparedPoolKey = Symbol.for("hearth.pgPreparedPool");
type GlobalWithPrisma = typeof globalThis & {
  [globalKey]?: PrismaClient;
  [poolKey]?: pg.Pool;
  [preparedPoolKey]?: pg.Pool;
};

function newPool(max: number, extra: pg.PoolConfig = {}): pg.Pool {
  const url = env().DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: the server sets it before serving (embedded PostgreSQL).");
  const pool = new pg.Pool({ connectionString: url, ...poolOptions, max, ...extra });
  // An idle connection that breaks is dropped by the pool; the outage is noted, not thrown.
  pool.on("error", (error) => reportDown("database", error));
  return pool;
}

/**
 * The connections under Prisma, for the few hot reads that skip Prisma's query interpreter
 * (raw-query.ts). One pool for both, with the same limits.
 */
export function sqlPool(): pg.Pool {
  const holder = globalThis as GlobalWithPrisma;
  return (holder[poolKey] ??= newPool(poolOptions.max));
}

/**
 * A few connections of their own for the send path's prepared statements (raw-query.ts), which
 * keep one generic plan each: left to choose, PostgreSQL planned them again on every call (a plan
 * for a handful of rows looks cheaper than the generic one, which counts on a hundred). The
 * setting cannot stay on the shared pool: it reaches Prisma's unnamed statements too, and a
 * generic plan made history pages 100× slower (decision 0033).
 */
export function preparedStatementPool(): pg.Pool {
  const holder = globalThis as GlobalWithPrisma;
  return (holder[preparedPoolKey] ??= newPool(3, { options: "-c plan_cache_mode=force_generic_plan" }));
}

/** The pool if it has been made, for /metrics (a scrape never opens one). */
export function existingSqlPool(): pg.Pool | undefined {
  return (globalThis as GlobalWithPrisma)[poolKey];
}

export function db(): PrismaClient {
  const holder = globalThis as GlobalWithPrisma;
  if (!holder[globalKey]) {
    const client = new PrismaClient({ adapter: new PrismaPg(sqlPool()) });
    holder[globalKey] = client;
    const probe = setInterval(() => {
      if (holder[globalKey] !== client) return clearInterval(probe);
      if (!isDown("database")) return;
      withTimeout(client.$queryRaw`SELECT 1`, probeEveryMs * 1.5).then(
        () => reportUp("database"),
        () => {},
      );
    }, probeEveryMs);
    probe.unref();
  }
  return holder[globalKey];
}

export async function disconnectDb(): Promise<void> {
  const holder = globalThis as GlobalWithPrisma;
  const client = holder[globalKey];
  const pools = [holder[poolKey], holder[preparedPoolKey]];
  holder[globalKey] = undefined;
  holder[poolKey] = undefined;
  holder[preparedPoolKey] = undefined;
  await client?.$disconnect();
  // Prisma leaves a pool it was given open.
  await Promise.all(pools.map((pool) => (pool && !pool.ended ? pool.end() : undefined)));
}
