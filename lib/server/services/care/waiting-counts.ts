// What waits for a person right now, for /metrics (issue 25): care items not yet dealt with (by
// kind) and since when the oldest nobody has opened has waited, and check-ins waiting for a
// moderator. Totals for the whole of Hearth, read from the rows, so every process reports the same.
import { db } from "@/lib/server/db";
import type { CareItemKind } from "@/generated/prisma/client";

export interface WaitingCounts {
  openItems: Record<CareItemKind, number>;
  /** When the oldest open item nobody has opened was raised; null when every open item was opened. */
  oldestUnopenedAt: Date | null;
  checkInsWaiting: number;
}

export async function waitingCounts(): Promise<WaitingCounts> {
  const [items, [checkIns]] = await Promise.all([
    db().$queryRaw<{ kind: CareItemKind; open: number; oldestUnopenedAt: Date | null }[]>`
      SELECT kind::text AS kind, count(*)::int AS open,
        min("createdAt") FILTER (WHERE "firstOpenedAt" IS NULL) AS "oldestUnopenedAt"
      FROM "CareItem" WHERE "closedAt" IS NULL GROUP BY kind`,
    db().$queryRaw<[{ waiting: number }]>`
      SELECT count(*)::int AS waiting FROM "CheckIn" WHERE status = 'open' AND "awaitingModerator"`,
  ]);
  const openItems: Record<CareItemKind, number> = { crisis: 0, check_in_request: 0, pile_on: 0 };
  let oldestUnopenedAt: Date | null = null;
  for (const row of items) {
    openItems[row.kind] = row.open;
    if (row.oldestUnopenedAt && (!oldestUnopenedAt || row.oldestUnopenedAt < oldestUnopenedAt))
      oldestUnopenedAt = row.oldestUnopenedAt;
  }
  return { openItems, oldestUnopenedAt, checkInsWaiting: checkIns.waiting };
}
