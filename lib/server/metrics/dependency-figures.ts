// The figures read from the process's own connections when Prometheus asks: the database pool
// (the one pg.Pool under Prisma and the hot reads) and whether PostgreSQL and Redis answer, as the
// code that talks to them last found (lib/server/outages.ts). Nothing here opens a connection.
import { Gauge } from "prom-client";
import { existingSqlPool } from "@/lib/server/db";
import { metrics } from "@/lib/server/metrics/metrics";
import { isDown } from "@/lib/server/outages";
import { redis } from "@/lib/server/redis";

export function registerDependencyFigures(): void {
  const { registry } = metrics();
  if (registry.getSingleMetric("hearth_database_pool_total")) return;
  const registers = [registry];
  new Gauge({
    name: "hearth_database_pool_total",
    help: "Connections the database pool holds (busy and idle).",
    registers,
    collect() {
      this.set(existingSqlPool()?.totalCount ?? 0);
    },
  });
  new Gauge({
    name: "hearth_database_pool_idle",
    help: "Connections the database pool holds that are idle.",
    registers,
    collect() {
      this.set(existingSqlPool()?.idleCount ?? 0);
    },
  });
  new Gauge({
    name: "hearth_database_pool_waiting",
    help: "Queries waiting for a connection from the pool.",
    registers,
    collect() {
      this.set(existingSqlPool()?.waitingCount ?? 0);
    },
  });
  new Gauge({
    name: "hearth_database_up",
    help: "1 while PostgreSQL answers, 0 during an outage.",
    registers,
    collect() {
      this.set(isDown("database") ? 0 : 1);
    },
  });
  new Gauge({
    name: "hearth_redis_in_use",
    help: "1 when REDIS_URL is set (several processes share rate limits and rooms), else 0.",
    registers,
    collect() {
      this.set(redis() ? 1 : 0);
    },
  });
  new Gauge({
    name: "hearth_redis_up",
    help: "1 while Redis answers, 0 during an outage or when Redis is not in use (see hearth_redis_in_use).",
    registers,
    collect() {
      this.set(redis() && !isDown("redis") ? 1 : 0);
    },
  });
}
