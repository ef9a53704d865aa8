// The session clock: every few seconds (SESSION_CLOCK_SECONDS), on every process, it reminds the
// followers and facilitators of sessions about to start, closes occurrences whose time is over (telling the room),
// and writes weekly sessions' occurrences ahead. Each step claims its rows with one UPDATE … WHERE
// not yet done, so with several processes each reminder is sent, and each end told, once.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { publisher } from "@/lib/server/services/publisher";
import { WEEKS_AHEAD, WEEK_MS, sessionTimingSelect } from "@/lib/server/services/sessions/occurrence-times";
import { pushToPeople } from "@/lib/server/services/sessions/push-reminders";
import { announceRoomSession } from "@/lib/server/services/sessions/room-session";
import { writeOccurrences } from "@/lib/server/services/sessions/schedule-session";
import { REMINDER_LEAD_MINUTES } from "@/lib/shared/session-types";

/**
 * Reminds the followers and the facilitators of occurrences starting within the lead time; returns
 * how many occurrences were reminded of.
 */
export async function sendDueReminders(): Promise<number> {
  const due = await db().$queryRaw<{ id: string; roomId: string; startsAt: Date }[]>`
    UPDATE "SessionOccurrence" o SET "remindedAt" = now()
    FROM "GroupSession" g
    WHERE g.id = o."sessionId" AND g."cancelledAt" IS NULL
      AND o."remindedAt" IS NULL AND o."closedAt" IS NULL
      AND o."startsAt" <= now() + make_interval(mins => ${REMINDER_LEAD_MINUTES})
      AND o."endsAt" > now()
    RETURNING o.id::text AS id, o."roomId"::text AS "roomId", o."startsAt"`;
  for (const occurrence of due) {
    // Nobody removed from the room is called back to it.
    const reachable = {
      disabledAt: null,
      deletedAt: null,
      NOT: { memberships: { some: { roomId: occurrence.roomId, removedAt: { not: null } } } },
    } satisfies Prisma.UserWhereInput;
    const [room, followers, session] = await Promise.all([
      db().room.findUnique({
        where: { id: occurrence.roomId },
        select: { slug: true, name: true, archivedAt: true },
      }),
      db().sessionFollow.findMany({
        where: { roomId: occurrence.roomId, user: reachable },
        select: { userId: true },
      }),
      // Its facilitators too, followers or not: an appointed moderator may never have been in the room.
      db().sessionOccurrence.findUnique({
        where: { id: occurrence.id },
        select: {
          session: {
            select: { theme: true, facilitators: { where: { user: reachable }, select: { userId: true } } },
          },
        },
      }),
    ]);
    const theme = session?.session.theme;
    if (!room || room.archivedAt || theme === undefined) continue;
    const reminder = {
      occurrenceId: occurrence.id,
      roomId: occurrence.roomId,
      roomSlug: room.slug,
      roomName: room.name,
      theme,
      startsAt: occurrence.startsAt.toISOString(),
    };
    const people = [
      ...new Set([...followers, ...(session?.session.facilitators ?? [])].map((person) => person.userId)),
    ];
    for (const userId of people) publisher().toUser(userId, "session:reminder", reminder);
    await pushToPeople(people, {
      roomName: room.name,
      theme,
      // The service worker says the time on the device's own clock.
      startsAt: reminder.startsAt,
      url: `/rooms/${room.slug}`,
      tag: `session-${occurrence.id}`,
    });
  }
  return due.length;
}

/** Occurrences whose time is over become closed, and their rooms hear of it (and of the next). */
export async function closeEndedOccurrences(): Promise<number> {
  const ended = await db().$queryRaw<{ roomId: string }[]>`
    UPDATE "SessionOccurrence" SET "closedAt" = "endsAt", "pausedAt" = NULL, "floorUserId" = NULL
    WHERE "closedAt" IS NULL AND "endsAt" <= now()
    RETURNING "roomId"::text AS "roomId"`;
  for (const roomId of new Set(ended.map((row) => row.roomId))) await announceRoomSession(roomId);
  return ended.length;
}

/** Weekly sessions keep WEEKS_AHEAD weeks of occurrences written. */
export async function writeWeeksAhead(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + WEEKS_AHEAD * WEEK_MS);
  const sessions = await db().groupSession.findMany({
    where: { weekly: true, cancelledAt: null, room: { archivedAt: null } },
    select: {
      ...sessionTimingSelect,
      occurrences: { orderBy: { startsAt: "desc" }, take: 1, select: { startsAt: true } },
    },
  });
  let written = 0;
  for (const session of sessions) {
    const last = session.occurrences[0]?.startsAt ?? new Date(session.firstStartsAt.getTime() - 1);
    if (last.getTime() > until.getTime() - WEEK_MS) continue;
    written += (
      await db().$transaction(async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM "Room" WHERE id = ${session.roomId}::uuid FOR UPDATE`;
        return writeOccurrences(tx, session, new Date(Math.max(last.getTime() + 1, now.getTime())), until);
      })
    ).written;
  }
  return written;
}

/** Starts the clock; returns a function that stops it. */
export function startSessionClock(intervalSeconds: number): () => void {
  let running = false;
  let ticks = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await closeEndedOccurrences();
      await sendDueReminders();
      // Writing ahead is needed about once a week per session: every few minutes is plenty.
      if (ticks % Math.max(1, Math.round(300 / intervalSeconds)) === 0) await writeWeeksAhead();
      ticks += 1;
    } catch (error) {
      // The database may be away for a while (an outage): the next tick tries again.
      logger().warn({ err: error }, "the session clock could not run this time");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalSeconds * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
