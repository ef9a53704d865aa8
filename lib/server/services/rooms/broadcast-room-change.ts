import { publisher } from "@/lib/server/services/publisher";
import { describePresence } from "@/lib/server/services/rooms/describe-presence";

/** After someone joins, leaves or switches to listening: the new count and who is here. */
export async function broadcastRoomChange(roomId: string, memberCount: number): Promise<void> {
  publisher().toRoom(roomId, [], "room:updated", { id: roomId, memberCount });
  publisher().toRoom(roomId, [], "presence", await describePresence(roomId));
}
