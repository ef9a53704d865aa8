// Running a session: its facilitators (and, as hosts, the room's other moderators and admins),
// in the room or not, begin it (which brings them into the room: facilitators.ts), move it from
// check-in to sharing to check-out, pause the room, give the floor to one person, switch slow mode
// with one click, and end it. Each change reaches the room at once.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { recordAction, requireRoomModerator } from "@/lib/server/services/moderation/moderation-records";
import { setSlowMode } from "@/lib/server/services/moderation/room-controls";
import { enterToFacilitate } from "@/lib/server/services/sessions/facilitators";
import { announceRoomSession } from "@/lib/server/services/sessions/room-session";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { sessionControlSchema, type SessionControl } from "@/lib/shared/schemas/session";

/** The slow mode one click switches on during a session. */
export const SESSION_SLOW_MODE_SECONDS = 30;

export async function controlSession(actor: MemberActor, rawInput: unknown): Promise<void> {
  const control = parseInput(sessionControlSchema, rawInput);
  await consumeRateLimit("moderationActionPerMember", actor.userId);
  const occurrence = await db().sessionOccurrence.findUnique({
    where: { id: control.occurrenceId },
    select: { roomId: true, session: { select: { theme: true } } },
  });
  if (!occurrence) throw new AppError("not_found", "We couldn't find that session.");
  const { roomId } = occurrence;

  if (control.action === "slow_mode") {
    await requireInProgress(actor, control.occurrenceId, roomId);
    await setSlowMode(actor, {
      roomId,
      seconds: control.on ? SESSION_SLOW_MODE_SECONDS : 0,
      reason: `During the session “${occurrence.session.theme}”`,
    });
    return;
  }

  await db().$transaction(async (tx) => {
    // The room's lock first, as the send path takes it: a pause or a floor lands between batches.
    await requireRoomModerator(tx, actor, roomId);
    const now = new Date();
    const current = await tx.sessionOccurrence.findUniqueOrThrow({
      where: { id: control.occurrenceId },
      select: { startsAt: true, endsAt: true, openedAt: true, closedAt: true },
    });
    if (current.closedAt || current.endsAt <= now) throw new AppError("conflict", "That session has ended.");
    if (control.action === "begin") {
      // A facilitator may open the room a little early, to welcome people as they arrive.
      if (current.startsAt.getTime() - now.getTime() > 15 * 60_000)
        throw new AppError("conflict", "A session can begin from 15 minutes before its start.");
      // Also when another facilitator began it a moment ago: both lead it from inside the room.
      await enterToFacilitate(tx, actor.userId, roomId);
      if (current.openedAt) return;
      await tx.sessionOccurrence.update({
        where: { id: control.occurrenceId },
        // Begun early, it is in progress from now (the rules in the send path follow startsAt).
        data: { openedAt: now, openedById: actor.userId, ...(current.startsAt > now && { startsAt: now }) },
      });
      await recordAction(tx, {
        kind: "begin_session",
        actorId: actor.userId,
        roomId,
        reason: occurrence.session.theme,
        details: { occurrenceId: control.occurrenceId },
      });
      return;
    }
    if (!current.openedAt || current.startsAt > now)
      throw new AppError("conflict", "The session has not begun yet.");
    if (control.action === "end") {
      await tx.sessionOccurrence.update({
        where: { id: control.occurrenceId },
        data: { closedAt: now, pausedAt: null, floorUserId: null },
      });
      await recordAction(tx, {
        kind: "end_session",
        actorId: actor.userId,
        roomId,
        reason: occurrence.session.theme,
        details: { occurrenceId: control.occurrenceId },
      });
      return;
    }
    if (control.action === "give_floor") await requirePresentMember(tx, roomId, control.userId);
    await tx.sessionOccurrence.update({ where: { id: control.occurrenceId }, data: changeFor(control, now) });
  });
  await announceRoomSession(roomId);
}

function changeFor(control: Exclude<SessionControl, { action: "begin" | "end" | "slow_mode" }>, now: Date) {
  switch (control.action) {
    case "pause":
      return { pausedAt: now };
    case "resume":
      return { pausedAt: null };
    case "give_floor":
      return { floorUserId: control.userId };
    case "open_floor":
      return { floorUserId: null };
    case "sharing":
      return { phase: "sharing" as const };
    case "check_out":
      return { phase: "check_out" as const, floorUserId: null };
  }
}

async function requireInProgress(actor: MemberActor, occurrenceId: string, roomId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, roomId);
    const current = await tx.sessionOccurrence.findUniqueOrThrow({
      where: { id: occurrenceId },
      select: { openedAt: true, closedAt: true, endsAt: true },
    });
    if (!current.openedAt || current.closedAt || current.endsAt <= new Date())
      throw new AppError("conflict", "The session is not running.");
  });
}

async function requirePresentMember(
  tx: Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0],
  roomId: string,
  userId: string,
): Promise<void> {
  const membership = await tx.membership.findUnique({
    where: { roomId_userId: { roomId, userId } },
    select: { listenOnly: true, removedAt: true, leftAt: true },
  });
  if (!membership || membership.removedAt || membership.leftAt || membership.listenOnly)
    throw new AppError("invalid_input", "The floor goes to a member who is in the room.", {
      fields: { userId: "Not a member in this room." },
    });
}
