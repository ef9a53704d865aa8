import { db } from "@/lib/server/db";
import { publisher } from "@/lib/server/services/publisher";
import { activeMembershipWhere } from "@/lib/server/services/rooms/room-records";
import type { WirePresence } from "@/lib/shared/chat-types";

/** Who is online in a room: members by name, listeners only as a number, or "not known right now". */
export async function describePresence(roomId: string): Promise<WirePresence> {
  const online = await publisher().onlineUserIds(roomId);
  if (online === null) return { roomId, members: [], listeners: 0, unknown: true };
  if (online.length === 0) return { roomId, members: [], listeners: 0 };
  const memberships = await db().membership.findMany({
    where: { roomId, userId: { in: online }, ...activeMembershipWhere },
    select: { listenOnly: true, user: { select: { id: true, pseudonym: true } } },
    orderBy: { joinedAt: "asc" },
  });
  return {
    roomId,
    members: memberships.filter((m) => !m.listenOnly).map((m) => m.user),
    listeners: memberships.filter((m) => m.listenOnly).length,
  };
}
