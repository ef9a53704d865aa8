import { answer } from "@/lib/server/realtime/acknowledge";
import { roomChannel, roomIdFromChannel } from "@/lib/server/realtime/channels";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { logger } from "@/lib/server/logger";
import { isDraining } from "@/lib/server/realtime/drain";
import { broadcastRoomChange } from "@/lib/server/services/rooms/broadcast-room-change";
import { describePresence } from "@/lib/server/services/rooms/describe-presence";
import { joinRoom } from "@/lib/server/services/rooms/join-room";
import { leaveRoom } from "@/lib/server/services/rooms/leave-room";
import { markRead } from "@/lib/server/services/rooms/mark-read";

export function registerRoomHandlers(socket: HearthSocket): void {
  const actor = socket.data.actor;

  answer(socket, "room:join", async (input) => {
    // Only after the service said yes does this socket start receiving the room, and before the
    // join page is read, so nothing falls between the page and the live frames.
    const joined = await joinRoom(actor, input, (roomId) => socket.join(roomChannel(roomId)));
    // The join is committed: telling the others is best effort and never fails it.
    broadcastRoomChange(joined.room.id, joined.room.memberCount).catch((error: unknown) =>
      logger().warn({ err: error, roomId: joined.room.id }, "room change not announced"),
    );
    return joined;
  });

  answer(socket, "room:leave", async (input) => {
    await leaveRoom(actor, input);
    return {};
  });

  answer(socket, "room:read", async (input) => {
    await markRead(actor, input);
    return {};
  });

  // Presence: when a socket goes, the rooms it was reading learn who is still here.
  socket.on("disconnecting", () => {
    if (isDraining()) return; // every socket here is closing; the others learn from their own process
    const roomIds = [...socket.rooms].map(roomIdFromChannel).filter((id): id is string => id !== undefined);
    socket.once("disconnect", () => {
      for (const roomId of roomIds) {
        describePresence(roomId)
          .then((presence) => socket.nsp.to(roomChannel(roomId)).emit("presence", presence))
          .catch((error: unknown) => logger().warn({ err: error, roomId }, "presence update failed"));
      }
    });
  });
}
