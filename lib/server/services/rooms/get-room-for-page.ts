import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import {
  countActiveMembers,
  membershipSelect,
  roomSelect,
  toWireRoom,
} from "@/lib/server/services/rooms/room-records";
import { roomSession } from "@/lib/server/services/sessions/room-session";
import type { WireRoom } from "@/lib/shared/chat-types";

export interface RoomPage {
  room: WireRoom;
  /** Where the viewer stands: not in it, in it (member/listener), or removed. */
  standing: "outside" | "member" | "listener" | "removed";
  hasAcceptedGuidelines: boolean;
}

/** What the room page needs before the socket takes over; null when there is no such room. */
export async function getRoomForPage(actor: MemberActor | null, slug: string): Promise<RoomPage | null> {
  // Only a slug's shape reaches the database (a NUL in the address would be refused there as an error).
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const room = await db().room.findUnique({ where: { slug }, select: roomSelect });
  if (!room || room.archivedAt) return null;
  const membership = actor
    ? await db().membership.findUnique({
        where: { roomId_userId: { roomId: room.id, userId: actor.userId } },
        select: membershipSelect,
      })
    : null;
  const standing = !membership
    ? "outside"
    : membership.removedAt
      ? "removed"
      : membership.leftAt
        ? "outside"
        : membership.listenOnly
          ? "listener"
          : "member";
  return {
    room: {
      ...toWireRoom(room, await countActiveMembers(db(), room.id)),
      session: await roomSession(room.id),
    },
    standing,
    hasAcceptedGuidelines: membership?.guidelinesAcceptedVersion != null,
  };
}
