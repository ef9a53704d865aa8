import type { HandlerTable } from "@/lib/server/realtime/acknowledge";
import { roomChannel, roomIdFromChannel, roomWatchChannel } from "@/lib/server/realtime/channels";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { logger } from "@/lib/server/logger";
import { isDraining } from "@/lib/server/realtime/drain";
import { broadcastRoomChange } from "@/lib/server/services/rooms/broadcast-room-change";
import { describePresence } from "@/lib/server/services/rooms/describe-presence";
import { joinRoom } from "@/lib/server/services/rooms/join-room";
import { leaveRoom } from "@/lib/server/services/rooms/leave-room";
import { markRead } from "@/lib/server/services/rooms/mark-read";
import { watchRoom } from "@/lib/server/services/rooms/watch-room";

/** A socket watches one room at a time, and never a room it reads: watching another stops the first. */
async function stopWatching(socket: HearthSocket): Promise<void> {
  for (const channel of socket.rooms) if (channel.startsWith("watch:")) await socket.leave(channel);
}

export const roomHandlers: HandlerTable = {
  "room:join": async (socket, input) => {
    // Only after the service said yes does this socket start receiving the room, and before the
    // join page is read, so nothing falls between the page and the live frames.
    const joined = await joinRoom(socket.data.actor, input, async (roomId) => {
      await socket.leave(roomWatchChannel(roomId));
      await socket.join(roomChannel(roomId));
    });
    // The join is committed: telling the others is best effort and never fails it.
    broadcastRoomChange(joined.room.id, joined.room.memberCount).catch((error: unknown) =>
      logger().warn({ err: error, roomId: joined.room.id }, "room change not announced"),
    );
    return joined;
  },
  "room:watch": (socket, input) =>
    watchRoom(socket.data.actor, input, async (roomId) => {
      await stopWatching(socket);
      await socket.join(roomWatchChannel(roomId));
    }),
  "room:leave": async (socket, input) => {
    await leaveRoom(socket.data.actor, input);
    return {};
  },
  "room:read": async (socket, input) => {
    await markRead(socket.data.actor, input);
    return {};
  },
};

/** Presence: when a socket goes, the rooms it was reading learn who is still here (one listener for all sockets). */
export function announceDeparture(this: HearthSocket): void {
  if (isDraining()) return; // every socket here is closing; the others learn from their own process
  const roomIds = [...this.rooms].map(roomIdFromChannel).filter((id): id is string => id !== undefined);
  if (roomIds.length === 0) return;
  const namespace = this.nsp;
  this.once("disconnect", () => {
    for (const roomId of roomIds) {
      describePresence(roomId)
        .then((presence) => namespace.to(roomChannel(roomId)).emit("presence", presence))
        .catch((error: unknown) => logger().warn({ err: error, roomId }, "presence update failed"));
    }
  });
}
