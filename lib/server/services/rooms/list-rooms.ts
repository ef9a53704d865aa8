import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { publisher } from "@/lib/server/services/publisher";
import { readRoomActivity } from "@/lib/server/services/rooms/room-activity";
import { activeMembershipWhere } from "@/lib/server/services/rooms/room-records";
import { nextSessions } from "@/lib/server/services/sessions/room-session";
import type { RoomDirectory } from "@/lib/shared/directory-types";

/** The room directory, grouped by topic; anyone may look, signed in or not. */
export async function listRooms(actor: MemberActor | null): Promise<RoomDirectory> {
  const topics = await db().topic.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      description: true,
      rooms: {
        where: { archivedAt: null },
        orderBy: { name: "asc" },
        select: {
          id: true,
          slug: true,
          name: true,
          description: true,
          capacity: true,
          _count: { select: { memberships: { where: activeMembershipWhere } } },
          memberships: actor
            ? { where: { userId: actor.userId, ...activeMembershipWhere }, select: { listenOnly: true } }
            : false,
        },
      },
    },
  });
  const online = new Map(
    await Promise.all(
      topics
        .flatMap((topic) => topic.rooms)
        .map(async (room) => [room.id, (await publisher().onlineUserIds(room.id))?.length ?? null] as const),
    ),
  );
  const roomIds = topics.flatMap((topic) => topic.rooms.map((room) => room.id));
  const [activity, sessions] = await Promise.all([readRoomActivity(roomIds), nextSessions(roomIds)]);
  return {
    topics: topics.map((topic) => ({
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      rooms: topic.rooms.map((room) => {
        const mine = room.memberships?.[0];
        return {
          id: room.id,
          slug: room.slug,
          name: room.name,
          description: room.description,
          capacity: room.capacity,
          memberCount: room._count.memberships,
          onlineCount: online.get(room.id) ?? null,
          isFull: room._count.memberships >= room.capacity,
          lastActiveAt: activity.get(room.id)?.lastActiveAt?.toISOString() ?? null,
          usualHourUtc: activity.get(room.id)?.usualHourUtc ?? null,
          myPlace: mine ? (mine.listenOnly ? "listener" : "member") : null,
          nextSession: sessions.get(room.id) ?? null,
        };
      }),
    })),
  };
}
