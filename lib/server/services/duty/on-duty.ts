// Moderators on duty: a moderator starts and ends a shift for the rooms they moderate (admins:
// every room). Members see that a moderator is around, without names; moderators see who is
// covering which rooms; after two hours the page suggests a break (components/moderation).
import { notModeratingError } from "@/lib/server/services/accounts/staff-gate";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import {
  moderatedRoomsWhere,
  moderatesEveryRoom,
  moderatorsOfRoomWhere,
} from "@/lib/server/policies/moderation-policies";
import { publisher } from "@/lib/server/services/publisher";
import { parseInput } from "@/lib/shared/parse-input";
import { dutySchema } from "@/lib/shared/schemas/moderation";

export const BREAK_AFTER_MINUTES = 120;

export interface CoveringModerator {
  pseudonym: string;
  since: string;
  /** Room names, or "every room" for admins. */
  rooms: string[] | "every room";
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

async function roomsOf(actor: MemberActor): Promise<{ id: string; name: string }[]> {
  return db().room.findMany({ where: moderatedRoomsWhere(actor), select: { id: true, name: true } });
}

/** Whether someone who may moderate this room is on duty now. */
export async function moderatorAround(roomId: string): Promise<boolean> {
  const count = await db().moderatorShift.count({
    where: { endedAt: null, user: moderatorsOfRoomWhere(roomId) },
  });
  return count > 0;
}

async function tellRooms(rooms: { id: string }[]): Promise<void> {
  for (const room of rooms)
    publisher().toRoom(room.id, [], "room:updated", {
      id: room.id,
      moderatorAround: await moderatorAround(room.id),
    });
}

export async function myShift(actor: MemberActor): Promise<{ since: string } | null> {
  const shift = await db().moderatorShift.findFirst({
    where: { userId: actor.userId, endedAt: null },
    select: { startedAt: true },
  });
  return shift && { since: shift.startedAt.toISOString() };
}

export async function startDuty(actor: MemberActor): Promise<{ since: string }> {
  const rooms = await roomsOf(actor);
  if (rooms.length === 0) throw await notModeratingError(actor, "Only moderators go on duty.");
  try {
    await db().moderatorShift.create({ data: { userId: actor.userId } });
  } catch (error) {
    // Already on duty (another tab, a double click): the same shift goes on.
    if (!isUniqueViolation(error)) throw error;
  }
  await tellRooms(rooms);
  return (await myShift(actor)) ?? { since: new Date().toISOString() };
}

export async function endDuty(actor: MemberActor): Promise<void> {
  await db().moderatorShift.updateMany({
    where: { userId: actor.userId, endedAt: null },
    data: { endedAt: new Date() },
  });
  await tellRooms(await roomsOf(actor));
}

/** Who is covering the rooms this moderator moderates. */
export async function dutyRoster(actor: MemberActor): Promise<CoveringModerator[]> {
  const mine = new Set((await roomsOf(actor)).map((room) => room.id));
  const shifts = await db().moderatorShift.findMany({
    where: { endedAt: null },
    orderBy: { startedAt: "asc" },
    select: {
      startedAt: true,
      user: {
        select: {
          pseudonym: true,
          siteRole: true,
          memberships: {
            where: { role: "moderator", removedAt: null },
            select: { room: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  return shifts
    .map((shift): CoveringModerator => {
      const { user } = shift;
      // Their role, not their session: a colleague on duty as an admin covers every room.
      const rooms = moderatesEveryRoom({ siteRole: user.siteRole, staffPowers: "ready" })
        ? ("every room" as const)
        : user.memberships
            .map((membership) => membership.room)
            .filter((room) => moderatesEveryRoom(actor) || mine.has(room.id))
            .map((room) => room.name);
      return { pseudonym: user.pseudonym, since: shift.startedAt.toISOString(), rooms };
    })
    .filter((covering) => covering.rooms === "every room" || covering.rooms.length > 0);
}

/** `{ onDuty: true }` starts (or continues) a shift; `{ onDuty: false }` ends it. */
export async function setDuty(actor: MemberActor, rawInput: unknown): Promise<{ since: string } | null> {
  const { onDuty } = parseInput(dutySchema, rawInput);
  if (onDuty) return startDuty(actor);
  await endDuty(actor);
  return null;
}
