import { db } from "@/lib/server/db";

export interface RoomActivity {
  /** When the newest message was written, or null when nobody has written yet. */
  lastActiveAt: Date | null;
  /** The hour of the day (UTC) most of the last four weeks' messages were written in, when there were enough. */
  usualHourUtc: number | null;
}

const usualWindowDays = 28;
const usualMinimumMessages = 20;
const usualCacheMs = 10 * 60 * 1000;
let usualCache: { at: number; hours: Map<string, number> } | undefined;

/**
 * How lively each room is, in a form the directory can put into words ("last active 10 minutes
 * ago", "usually active in the evenings") without counting anyone. The newest message per room
 * is one index step each; the usual hour reads four weeks of messages, so it is kept for ten minutes.
 */
export async function readRoomActivity(roomIds: string[]): Promise<Map<string, RoomActivity>> {
  if (roomIds.length === 0) return new Map();
  const latest = await db().$queryRaw<{ roomId: string; lastActiveAt: Date | null }[]>`
    SELECT r.id AS "roomId",
           (SELECT m."createdAt" FROM "Message" m WHERE m."roomId" = r.id ORDER BY m.id DESC LIMIT 1) AS "lastActiveAt"
    FROM unnest(${roomIds}::uuid[]) AS r(id)`;
  const usual = await usualHours();
  return new Map(
    latest.map((row) => [
      row.roomId,
      { lastActiveAt: row.lastActiveAt, usualHourUtc: usual.get(row.roomId) ?? null },
    ]),
  );
}

async function usualHours(): Promise<Map<string, number>> {
  if (usualCache && Date.now() - usualCache.at < usualCacheMs) return usualCache.hours;
  const rows = await db().$queryRaw<{ roomId: string; hour: number }[]>`
    SELECT DISTINCT ON ("roomId") "roomId", hour::int AS hour
    FROM (
      SELECT "roomId", extract(hour FROM "createdAt" AT TIME ZONE 'UTC') AS hour, count(*) AS n,
             sum(count(*)) OVER (PARTITION BY "roomId") AS total
      FROM "Message"
      WHERE "createdAt" > now() - make_interval(days => ${usualWindowDays}) AND "deletedAt" IS NULL
      GROUP BY "roomId", hour
    ) counted
    WHERE total >= ${usualMinimumMessages}
    ORDER BY "roomId", n DESC, hour`;
  usualCache = { at: Date.now(), hours: new Map(rows.map((row) => [row.roomId, row.hour])) };
  return usualCache.hours;
}
