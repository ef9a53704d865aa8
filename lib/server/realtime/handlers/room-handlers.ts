import { acknowledged } from "@/lib/server/realtime/acknowledge";
import { roomChannel, roomIdFromChannel } from "@/lib/server/realtime/channels";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { logger } from "@/lib/server/logger";
import { broadcastRoomChange } from "@/lib/server/services/rooms/broadcast-room-change";
import { describePresence } from "@/lib/server/services/rooms/describe-presence";
import { joinRoom } from "@/lib/server/services/rooms/join-room";
import { leaveRoom } from "@/lib/server/services/rooms/leave-room";
import { markRead } from "@/lib/server/services/rooms/mark-read";

export function registerRoomHandlers(socket: HearthSocket): void {
  const actor = socket.data.actor;

  socket.on(
    "room:join",
    acknowledged(async (input) => {
      const answer = await joinRoom(actor, input);
      // Only after the service said yes does this socket start receiving the room.
      await socket.join(roomChannel(answer.room.id));
      await broadcastRoomChange(answer.room.id, answer.room.memberCount);
      return answer;
    }),
  );

  socket.on(
    "room:leave",
    acknowledged(async (input) => {
      await leaveRoom(actor, input);
      return {};
    }),
  );

  socket.on(
    "room:read",
    acknowledged(async (input) => {
      await markRead(actor, input);
      return {};
    }),
  );

  // Presence: when a socket goes, the rooms it was reading learn who is still here.
  socket.on("disconnecting", () => {
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
