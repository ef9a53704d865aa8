import { publisher } from "@/lib/server/services/publisher";
import { describePresence } from "@/lib/server/services/rooms/describe-presence";

/** Changes to one room within this window are announced once (a join storm announces each room once). */
const windowMs = 100;
const waiting = new Map<string, { memberCount: number; done: Promise<void> }>();

/**
 * After someone joins, leaves or switches to listening: the new count and who is here. Changes
 * that come close together are announced once, with the latest count.
 */
export function broadcastRoomChange(roomId: string, memberCount: number): Promise<void> {
  const queued = waiting.get(roomId);
  if (queued) {
    queued.memberCount = memberCount;
    return queued.done;
  }
  const entry = { memberCount, done: Promise.resolve() };
  entry.done = new Promise<void>((resolve, reject) => {
    setTimeout(() => {
      waiting.delete(roomId);
      publisher().toRoom(roomId, [], "room:updated", { id: roomId, memberCount: entry.memberCount });
      describePresence(roomId)
        .then((presence) => publisher().toRoom(roomId, [], "presence", presence))
        .then(resolve, reject);
    }, windowMs);
  });
  waiting.set(roomId, entry);
  return entry.done;
}
