// The care worker: on every process, it raises due alert rounds (a new item, or an escalation)
// and sends due pushes. Work lives in the database and is claimed row by row (alert-due-items.ts,
// care-deliveries.ts), so with several processes each alert and push goes out once, and what a
// stopped process left is picked up by another, or by the same one after a restart. A new item
// wakes the worker of the process that raised it at once; a poll every second catches the rest
// (escalations, retries, work left by a process that stopped). Pushes are never awaited by the
// code that raised them: a slow push service never delays a send, an ack or a page.
import { isDatabaseOutage } from "@/lib/server/database/database-errors";
import { logger } from "@/lib/server/logger";
import { isDown, reportDown } from "@/lib/server/outages";
import { alertDueItems } from "@/lib/server/services/care/alert-due-items";
import { claimDueDeliveries, deliverCareAlert } from "@/lib/server/services/care/care-deliveries";
import { registerCareWorker, registeredCareWorker } from "@/lib/server/services/care/care-wake";

/** Pushes one process has in flight at most; more wait for the next turn. */
const MAX_IN_FLIGHT = 32;
const POLL_MS = 1_000;

export interface CareWorker {
  wake(): void;
  /** Stops polling, cuts pushes in flight short and waits for their outcomes to be written. */
  stop(): Promise<void>;
}

/**
 * A database outage is noted once, where every outage is (lib/server/outages.ts), never with a
 * stack per poll; anything else is logged, once until the worker succeeds again.
 */
function failureLogger() {
  let logged = false;
  return {
    failed(error: unknown, what: string) {
      if (isDatabaseOutage(error)) return reportDown("database", error);
      if (!logged) logger().warn({ err: error }, what);
      logged = true;
    },
    succeeded() {
      logged = false;
    },
  };
}

export function startCareWorker(pollMs = POLL_MS): CareWorker {
  const inFlight = new Set<Promise<void>>();
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  let again = false;
  const failures = failureLogger();

  const sendDue = async () => {
    const free = MAX_IN_FLIGHT - inFlight.size;
    if (free <= 0 || stopping.signal.aborted) return;
    for (const delivery of await claimDueDeliveries(free)) {
      const sending: Promise<void> = deliverCareAlert(delivery, stopping.signal)
        .then(({ retryInMs }) => {
          // Back when the retry is due, rather than at the next poll.
          if (retryInMs !== undefined && !stopping.signal.aborted) setTimeout(worker.wake, retryInMs).unref();
        })
        .catch((error: unknown) => failures.failed(error, "a care alert's outcome could not be written"))
        .finally(() => {
          inFlight.delete(sending);
          // A slot is free, and the next round may be due.
          worker.wake();
        });
      inFlight.add(sending);
    }
  };

  const tick = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    // While the database is known to be away, its own probe watches for its return.
    if (isDown("database") || stopping.signal.aborted) return Promise.resolve();
    running = run().finally(() => {
      running = undefined;
    });
    return running;
  };

  const run = async () => {
    try {
      do {
        again = false;
        if (stopping.signal.aborted) break;
        await alertDueItems();
        await sendDue();
      } while (again);
      failures.succeeded();
    } catch (error) {
      // The next poll tries again.
      failures.failed(error, "care alerts could not be looked at this time");
    }
  };

  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  const worker: CareWorker = {
    wake: () => void tick(),
    async stop() {
      clearInterval(timer);
      if (registeredCareWorker() === worker) registerCareWorker(undefined);
      // Pushes in flight are cut short; their claims are given back as "try again" (or lapse).
      stopping.abort();
      // Nothing of the worker touches the database once this resolves (the pool closes next).
      await Promise.allSettled([running, ...inFlight]);
    },
  };
  registerCareWorker(worker);
  void tick();
  return worker;
}
