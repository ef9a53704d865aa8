// Care counts for /metrics (issue 25): totals since the start, read straight from the rows the
// care worker writes, so every process reports the same numbers. Pushes: sent (every push made,
// one per device per alert), accepted by the push service, failed (given up after retries, or
// refused), gone (the device no longer exists), pending (not settled yet). Items: raised, opened
// by a moderator, and waiting (neither opened nor dealt with).
import { db } from "@/lib/server/db";

export interface CareCounts {
  alertsSent: number;
  alertsAccepted: number;
  alertsFailed: number;
  alertsGone: number;
  alertsPending: number;
  itemsRaised: number;
  itemsOpened: number;
  itemsWaiting: number;
}

export async function careCounts(): Promise<CareCounts> {
  const [[pushes], [items]] = await Promise.all([
    db().$queryRaw<[{ sent: number; accepted: number; failed: number; gone: number; pending: number }]>`
      SELECT count(*)::int AS sent,
        count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
        count(*) FILTER (WHERE status = 'failed')::int AS failed,
        count(*) FILTER (WHERE status = 'gone')::int AS gone,
        count(*) FILTER (WHERE status = 'pending')::int AS pending
      FROM "CareDelivery"`,
    db().$queryRaw<[{ raised: number; opened: number; waiting: number }]>`
      SELECT count(*)::int AS raised, count("firstOpenedAt")::int AS opened,
        count(*) FILTER (WHERE "firstOpenedAt" IS NULL AND "closedAt" IS NULL)::int AS waiting
      FROM "CareItem"`,
  ]);
  return {
    alertsSent: pushes.sent,
    alertsAccepted: pushes.accepted,
    alertsFailed: pushes.failed,
    alertsGone: pushes.gone,
    alertsPending: pushes.pending,
    itemsRaised: items.raised,
    itemsOpened: items.opened,
    itemsWaiting: items.waiting,
  };
}
