// The care figures for admins: per room and overall, over the last 7 and 30 days, how long a
// crisis message waited for a moderator's first look and for the first check-in message (median
// and 90th percentile), how many items of any kind waited over 15 minutes, and what became of the
// alerts' pushes. Counts and times only: no pseudonyms, no words.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canAdminister } from "@/lib/server/policies/moderation-policies";
import type { CareFigureRow, CareFigures, CareTimes } from "@/lib/shared/care-types";
import { AppError } from "@/lib/shared/errors";

export const WAITED_TOO_LONG_MINUTES = 15;

interface TimingRow {
  roomId: string | null;
  items: number;
  crisis: number;
  look50: number | null;
  look90: number | null;
  wrote50: number | null;
  wrote90: number | null;
  waited: number;
}

interface AlertRow {
  roomId: string | null;
  sent: number;
  accepted: number;
  failed: number;
}

const times = (median: number | null, p90: number | null): CareTimes | null =>
  median === null || p90 === null ? null : { median: Math.round(median), p90: Math.round(p90) };

async function windowFigures(days: 7 | 30, names: Map<string, string>) {
  const [timing, alerts] = await Promise.all([
    db().$queryRaw<TimingRow[]>`
      WITH items AS (
        SELECT "roomId", kind, "createdAt", "firstOpenedAt", "firstWroteAt" FROM "CareItem"
        WHERE "createdAt" >= now() - make_interval(days => ${days})
      )
      SELECT "roomId"::text AS "roomId", count(*)::int AS items,
        count(*) FILTER (WHERE kind = 'crisis')::int AS crisis,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "firstOpenedAt" - "createdAt"))
          FILTER (WHERE kind = 'crisis') AS look50,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM "firstOpenedAt" - "createdAt"))
          FILTER (WHERE kind = 'crisis') AS look90,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "firstWroteAt" - "createdAt"))
          FILTER (WHERE kind = 'crisis') AS wrote50,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM "firstWroteAt" - "createdAt"))
          FILTER (WHERE kind = 'crisis') AS wrote90,
        count(*) FILTER (WHERE COALESCE("firstOpenedAt", now()) - "createdAt"
          > make_interval(mins => ${WAITED_TOO_LONG_MINUTES}))::int AS waited
      FROM items GROUP BY GROUPING SETS (("roomId"), ())`,
    db().$queryRaw<AlertRow[]>`
      SELECT i."roomId"::text AS "roomId", count(*)::int AS sent,
        count(*) FILTER (WHERE d.status = 'accepted')::int AS accepted,
        count(*) FILTER (WHERE d.status IN ('failed', 'gone'))::int AS failed
      FROM "CareItem" i
      JOIN "CareAlert" a ON a."itemId" = i.id
      JOIN "CareDelivery" d ON d."alertId" = a.id
      WHERE i."createdAt" >= now() - make_interval(days => ${days})
      GROUP BY GROUPING SETS ((i."roomId"), ())`,
  ]);
  const alertsOf = (roomId: string | null) => {
    const row = alerts.find((candidate) => candidate.roomId === roomId);
    return { sent: row?.sent ?? 0, accepted: row?.accepted ?? 0, failed: row?.failed ?? 0 };
  };
  const toRow = (row: TimingRow | undefined, roomId: string | null): CareFigureRow => ({
    room: roomId === null ? null : { id: roomId, name: names.get(roomId) ?? "A room that is gone" },
    crisisMessages: row?.crisis ?? 0,
    toFirstLook: times(row?.look50 ?? null, row?.look90 ?? null),
    toFirstCheckInMessage: times(row?.wrote50 ?? null, row?.wrote90 ?? null),
    waitedOver15Minutes: row?.waited ?? 0,
    items: row?.items ?? 0,
    alerts: alertsOf(roomId),
  });
  const overall = timing.find((row) => row.roomId === null);
  const rooms = timing
    .filter((row) => row.roomId !== null)
    .map((row) => toRow(row, row.roomId))
    .sort((a, b) => (a.room?.name ?? "").localeCompare(b.room?.name ?? ""));
  return { days, overall: toRow(overall, null), rooms };
}

export async function careFigures(actor: MemberActor): Promise<CareFigures> {
  const decision = canAdminister(actor);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  const rooms = await db().room.findMany({ select: { id: true, name: true } });
  const names = new Map(rooms.map((room) => [room.id, room.name]));
  return { windows: [await windowFigures(7, names), await windowFigures(30, names)] };
}
