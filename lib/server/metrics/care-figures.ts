// The figures read from the database: care items waiting, the oldest nobody has opened, check-ins
// waiting, care alerts by outcome. A scrape never hammers the database: the readings are made at
// most every 10 s, by one query set shared by every scrape in that time, and a scrape waits for
// them at most 2 s (past that, or while the database is away, it shows the last readings).
import { Gauge } from "prom-client";
import { withTimeout } from "@/lib/server/database/with-timeout";
import { logger } from "@/lib/server/logger";
import { metrics } from "@/lib/server/metrics/metrics";
import { isDown } from "@/lib/server/outages";
import { careCounts, type CareCounts } from "@/lib/server/services/care/care-counts";
import { waitingCounts, type WaitingCounts } from "@/lib/server/services/care/waiting-counts";

const freshForMs = 10_000;
const waitAtMostMs = 2_000;

interface Readings {
  waiting: WaitingCounts;
  care: CareCounts;
}

let last: Readings | undefined;
let readAt = 0;
let reading: Promise<void> | undefined;

async function readings(): Promise<Readings | undefined> {
  if (Date.now() - readAt >= freshForMs && !reading && !isDown("database")) {
    readAt = Date.now();
    reading = Promise.all([waitingCounts(), careCounts()])
      .then(([waiting, care]) => {
        last = { waiting, care };
      })
      .catch((error: unknown) => logger().warn({ err: error }, "metrics: care figures not read"))
      .finally(() => {
        reading = undefined;
      });
  }
  if (reading) await withTimeout(reading, waitAtMostMs).catch(() => {});
  return last;
}

export function registerCareFigures(): void {
  const { registry } = metrics();
  if (registry.getSingleMetric("hearth_crisis_items_open")) return;
  const registers = [registry];
  new Gauge({
    name: "hearth_crisis_items_open",
    help: "Care items not yet dealt with, by kind (crisis, check_in_request, pile_on).",
    labelNames: ["kind"] as const,
    registers,
    async collect() {
      const now = await readings();
      if (now) for (const [kind, open] of Object.entries(now.waiting.openItems)) this.set({ kind }, open);
    },
  });
  new Gauge({
    name: "hearth_crisis_item_oldest_unopened_seconds",
    help: "How long the oldest care item no moderator has opened has waited (0: none waiting unopened).",
    registers,
    async collect() {
      const now = await readings();
      // Aged at each scrape, so an alert on it fires on time even between readings.
      const since = now?.waiting.oldestUnopenedAt;
      if (now) this.set(since ? Math.max(0, (Date.now() - since.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: "hearth_check_ins_waiting",
    help: "Open check-ins where the member wrote last and a moderator has not answered.",
    registers,
    async collect() {
      const now = await readings();
      if (now) this.set(now.waiting.checkInsWaiting);
    },
  });
  new Gauge({
    name: "hearth_care_alerts",
    help: "Care alert pushes since the start, by status: sent (all), accepted, failed, gone, pending.",
    labelNames: ["status"] as const,
    registers,
    async collect() {
      const now = await readings();
      if (!now) return;
      this.set({ status: "sent" }, now.care.alertsSent);
      this.set({ status: "accepted" }, now.care.alertsAccepted);
      this.set({ status: "failed" }, now.care.alertsFailed);
      this.set({ status: "gone" }, now.care.alertsGone);
      this.set({ status: "pending" }, now.care.alertsPending);
    },
  });
}
