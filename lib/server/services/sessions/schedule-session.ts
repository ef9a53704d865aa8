// Scheduling and cancelling a room's sessions: its moderators (or admins) only, one or two
// facilitators among the people who may moderate the room (joined or not: facilitators.ts), never
// two sessions at once in a room.
import type { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { recordAction, requireRoomModerator } from "@/lib/server/services/moderation/moderation-records";
import { requireFacilitators } from "@/lib/server/services/sessions/facilitators";
import {
  WEEKS_AHEAD,
  WEEK_MS,
  occurrenceStarts,
  sessionTimingSelect,
  wallClockToInstant,
} from "@/lib/server/services/sessions/occurrence-times";
import { announceRoomSession } from "@/lib/server/services/sessions/room-session";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import {
  SESSION_MAX_DAYS_AHEAD,
  cancelSessionSchema,
  scheduleSessionSchema,
} from "@/lib/shared/schemas/session";

type Tx = Prisma.TransactionClient;

/** Writes the occurrences of a session between `from` and `until` that clash with nothing in the room. */
export async function writeOccurrences(
  tx: Tx,
  session: {
    id: string;
    roomId: string;
    firstStartsAt: Date;
    weekly: boolean;
    timeZone: string;
    durationMinutes: number;
  },
  from: Date,
  until: Date,
): Promise<{ written: number; clashes: number }> {
  const starts = occurrenceStarts(session, from, until);
  if (starts.length === 0) return { written: 0, clashes: 0 };
  const durationMs = session.durationMinutes * 60_000;
  const existing = await tx.sessionOccurrence.findMany({
    where: {
      roomId: session.roomId,
      closedAt: null,
      session: { cancelledAt: null },
      endsAt: { gt: starts[0] },
      startsAt: { lt: new Date(starts.at(-1)!.getTime() + durationMs) },
    },
    select: { sessionId: true, startsAt: true, endsAt: true },
  });
  const free = starts.filter(
    (start) =>
      !existing.some(
        (other) =>
          (other.sessionId !== session.id || other.startsAt.getTime() !== start.getTime()) &&
          other.startsAt.getTime() < start.getTime() + durationMs &&
          other.endsAt.getTime() > start.getTime(),
      ),
  );
  const { count } = await tx.sessionOccurrence.createMany({
    data: free.map((start) => ({
      sessionId: session.id,
      roomId: session.roomId,
      startsAt: start,
      endsAt: new Date(start.getTime() + durationMs),
    })),
    skipDuplicates: true,
  });
  return { written: count, clashes: starts.length - free.length };
}

export async function scheduleSession(actor: MemberActor, rawInput: unknown): Promise<{ sessionId: string }> {
  const input = parseInput(scheduleSessionSchema, rawInput);
  await consumeRateLimit("moderationActionPerMember", actor.userId);
  const now = new Date();
  // "now" is rounded down to the minute, so the session is in progress at once.
  const firstStartsAt =
    input.startsAt === "now"
      ? new Date(Math.floor(now.getTime() / 60_000) * 60_000)
      : wallClockToInstant(input.startsAt, input.timeZone);
  if (input.startsAt !== "now" && firstStartsAt.getTime() < now.getTime() - 60_000)
    throw new AppError("invalid_input", "That time has passed. Please choose a time ahead.", {
      fields: { startsAt: "That time has passed." },
    });
  if (firstStartsAt.getTime() > now.getTime() + SESSION_MAX_DAYS_AHEAD * 24 * 60 * 60 * 1000)
    throw new AppError("invalid_input", "Sessions can be scheduled up to a year ahead.", {
      fields: { startsAt: "At most a year ahead." },
    });

  const sessionId = await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, input.roomId);
    await requireFacilitators(tx, input.roomId, input.facilitatorIds);
    const session = await tx.groupSession.create({
      data: {
        roomId: input.roomId,
        theme: input.theme,
        firstStartsAt,
        durationMinutes: input.durationMinutes,
        weekly: input.weekly,
        timeZone: input.timeZone,
        createdById: actor.userId,
        facilitators: { create: input.facilitatorIds.map((userId) => ({ userId })) },
      },
      select: sessionTimingSelect,
    });
    const until = new Date(Math.max(now.getTime(), firstStartsAt.getTime()) + WEEKS_AHEAD * WEEK_MS);
    const { written, clashes } = await writeOccurrences(tx, session, firstStartsAt, until);
    // The first time must be free; a weekly session may skip a week that another session holds.
    if (written === 0 || (!input.weekly && clashes > 0))
      throw new AppError(
        "conflict",
        "Another session in this room overlaps that time. Please choose another.",
        {
          fields: { startsAt: "Overlaps another session in this room." },
        },
      );
    await recordAction(tx, {
      kind: "schedule_session",
      actorId: actor.userId,
      roomId: input.roomId,
      reason: input.theme,
      details: {
        sessionId: session.id,
        startsAt: firstStartsAt.toISOString(),
        weekly: input.weekly,
        durationMinutes: input.durationMinutes,
      },
    });
    return session.id;
  });
  await announceRoomSession(input.roomId);
  return { sessionId };
}

/** Cancels what is still to come; an occurrence in progress runs to its end (or is ended by hand). */
export async function cancelSession(actor: MemberActor, rawInput: unknown): Promise<void> {
  const { sessionId } = parseInput(cancelSessionSchema, rawInput);
  await consumeRateLimit("moderationActionPerMember", actor.userId);
  const session = await db().groupSession.findUnique({
    where: { id: sessionId },
    select: { roomId: true, theme: true, cancelledAt: true },
  });
  if (!session) throw new AppError("not_found", "We couldn't find that session.");
  await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, session.roomId);
    if (session.cancelledAt) return;
    const now = new Date();
    await tx.groupSession.update({ where: { id: sessionId }, data: { cancelledAt: now } });
    await tx.sessionOccurrence.deleteMany({ where: { sessionId, startsAt: { gt: now }, openedAt: null } });
    await recordAction(tx, {
      kind: "cancel_session",
      actorId: actor.userId,
      roomId: session.roomId,
      reason: session.theme,
      details: { sessionId },
    });
  });
  await announceRoomSession(session.roomId);
}

export interface ScheduledSession {
  id: string;
  theme: string;
  weekly: boolean;
  durationMinutes: number;
  nextStartsAt: string | null;
  facilitators: { id: string; pseudonym: string }[];
}

/** The room's sessions that are not cancelled and still have a time ahead: for its moderators. */
export async function listRoomSessions(roomId: string, now = new Date()): Promise<ScheduledSession[]> {
  const sessions = await db().groupSession.findMany({
    where: { roomId, cancelledAt: null, occurrences: { some: { endsAt: { gt: now }, closedAt: null } } },
    select: {
      id: true,
      theme: true,
      weekly: true,
      durationMinutes: true,
      facilitators: { select: { user: { select: { id: true, pseudonym: true } } } },
      occurrences: {
        where: { endsAt: { gt: now }, closedAt: null },
        orderBy: { startsAt: "asc" },
        take: 1,
        select: { startsAt: true },
      },
    },
  });
  return sessions
    .map((session) => ({
      id: session.id,
      theme: session.theme,
      weekly: session.weekly,
      durationMinutes: session.durationMinutes,
      nextStartsAt: session.occurrences[0]?.startsAt.toISOString() ?? null,
      facilitators: session.facilitators.map((facilitator) => facilitator.user),
    }))
    .sort((a, b) => (a.nextStartsAt ?? "").localeCompare(b.nextStartsAt ?? ""));
}
