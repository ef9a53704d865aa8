// A room's current or next session, as the room page and `room:updated` carry it, and the next
// session of many rooms at once for the directory.
import type { Prisma } from "@/generated/prisma/client";
import { batched } from "@/lib/server/database/batched";
import { databaseQueueBounds } from "@/lib/server/database/database-errors";
import { db } from "@/lib/server/db";
import { publisher } from "@/lib/server/services/publisher";
import type { WireNextSession, WireRoomSession } from "@/lib/shared/session-types";

const occurrenceSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  openedAt: true,
  phase: true,
  pausedAt: true,
  closedAt: true,
  floor: { select: { id: true, pseudonym: true } },
  session: {
    select: {
      id: true,
      theme: true,
      weekly: true,
      facilitators: { select: { user: { select: { id: true, pseudonym: true } } } },
    },
  },
} as const satisfies Prisma.SessionOccurrenceSelect;

type OccurrenceRow = Prisma.SessionOccurrenceGetPayload<{ select: typeof occurrenceSelect }>;

function toWire(row: OccurrenceRow): WireRoomSession {
  return {
    sessionId: row.session.id,
    occurrenceId: row.id,
    theme: row.session.theme,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    weekly: row.session.weekly,
    facilitators: row.session.facilitators
      .map((facilitator) => facilitator.user)
      .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym)),
    openedAt: row.openedAt?.toISOString() ?? null,
    phase: row.phase,
    paused: row.pausedAt !== null,
    floor: row.floor,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** Occurrences still to come or in progress: not ended, not closed, of a session not cancelled. */
function aheadWhere(now: Date): Prisma.SessionOccurrenceWhereInput {
  return { endsAt: { gt: now }, closedAt: null, session: { cancelledAt: null } };
}

/** The occurrence in progress, else the next one; null when none is scheduled. */
export async function roomSession(roomId: string, now = new Date()): Promise<WireRoomSession | null> {
  const row = await db().sessionOccurrence.findFirst({
    where: { roomId, ...aheadWhere(now) },
    orderBy: { startsAt: "asc" },
    select: occurrenceSelect,
  });
  return row && toWire(row);
}

// Joins arriving together (a session starting brings many) read their rooms' sessions in one query.
const readSessionsBatch = batched(
  async (roomIds: string[]): Promise<(WireRoomSession | null)[]> => {
    const now = new Date();
    const rows = await db().sessionOccurrence.findMany({
      where: { roomId: { in: [...new Set(roomIds)] }, ...aheadWhere(now) },
      orderBy: { startsAt: "asc" },
      select: { ...occurrenceSelect, roomId: true },
    });
    const firstByRoom = new Map<string, WireRoomSession>();
    for (const row of rows) if (!firstByRoom.has(row.roomId)) firstByRoom.set(row.roomId, toWire(row));
    return roomIds.map((roomId) => firstByRoom.get(roomId) ?? null);
  },
  { maxSize: 200, ...databaseQueueBounds },
);

/** roomSession, read together with other joins arriving at the same moment. */
export function roomSessionForJoin(roomId: string): Promise<WireRoomSession | null> {
  return readSessionsBatch(roomId);
}

/** Tells everyone reading the room where its session stands now. */
export async function announceRoomSession(roomId: string): Promise<void> {
  publisher().toRoom(roomId, [], "room:updated", { id: roomId, session: await roomSession(roomId) });
}

/** Each room's next (or current) session, for the directory. */
export async function nextSessions(
  roomIds: string[],
  now = new Date(),
): Promise<Map<string, WireNextSession>> {
  if (roomIds.length === 0) return new Map();
  const rows = await db().sessionOccurrence.findMany({
    where: { roomId: { in: roomIds }, ...aheadWhere(now) },
    orderBy: { startsAt: "asc" },
    distinct: ["roomId"],
    select: {
      roomId: true,
      startsAt: true,
      endsAt: true,
      session: { select: { id: true, theme: true, weekly: true } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.roomId,
      {
        sessionId: row.session.id,
        theme: row.session.theme,
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
        weekly: row.session.weekly,
      },
    ]),
  );
}
