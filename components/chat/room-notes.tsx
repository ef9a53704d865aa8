import { CarefulRoomNote } from "@/components/chat/careful-room-note";
import type { WireRoom } from "@/lib/shared/chat-types";

/** What the room is like right now, said under the conversation: who watches over it, its pace. */
export function RoomNotes({ room, moderatorAround }: { room: WireRoom; moderatorAround: boolean }) {
  return (
    <>
      {moderatorAround && (
        <p className="flex items-center gap-2 text-sm text-muted">
          <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-accent" />A moderator is
          around.
        </p>
      )}
      {room.careful && <CarefulRoomNote />}
      {room.slowModeSeconds > 0 && !room.locked && (
        <p role="status" className="text-sm text-muted">
          Slow mode: one message every {room.slowModeSeconds} seconds, so everyone has room to breathe.
        </p>
      )}
    </>
  );
}
