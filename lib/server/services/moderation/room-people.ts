// The people a moderator can act on in a room: members, and anyone muted or removed. Listeners
// stay unnamed here too, unless a mute or removal already concerns them.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canModerateRoom } from "@/lib/server/policies/moderation-policies";
import type { RoomPerson } from "@/lib/shared/moderation-types";

/** Null when the actor does not moderate this room. */
export async function listRoomPeople(actor: MemberActor, roomId: string): Promise<RoomPerson[] | null> {
  const own = await db().membership.findUnique({
    where: { roomId_userId: { roomId, userId: actor.userId } },
    select: { role: true, removedAt: true },
  });
  if (!canModerateRoom({ siteRole: actor.siteRole, staffPowers: actor.staffPowers, membership: own }).allowed)
    return null;
  const now = new Date();
  const rows = await db().membership.findMany({
    where: {
      roomId,
      OR: [
        { leftAt: null, removedAt: null, listenOnly: false },
        { removedAt: { not: null } },
        { mutedUntil: { gt: now } },
      ],
    },
    orderBy: { joinedAt: "asc" },
    select: {
      role: true,
      mutedUntil: true,
      removedAt: true,
      user: { select: { id: true, pseudonym: true } },
    },
  });
  return rows.map((row) => ({
    userId: row.user.id,
    pseudonym: row.user.pseudonym,
    role: row.role,
    mutedUntil: row.mutedUntil && row.mutedUntil > now ? row.mutedUntil.toISOString() : null,
    removed: row.removedAt !== null,
  }));
}
