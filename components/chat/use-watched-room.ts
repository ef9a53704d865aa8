"use client";
// The room as someone outside it sees it (signed in, not joined: a newcomer, an appointed
// moderator who never joined), kept true as it changes, its next session above all. Asked with
// room:watch, again after every reconnect (so a change missed while away is caught up); once the
// person joins, the room's own state (use-room-chat.ts) takes over.
import { useEffect, useState } from "react";
import { ask } from "@/lib/client/chat-requests";
import { withRoomChange } from "@/lib/client/room-state";
import { hearthSocket } from "@/lib/client/socket";
import type { WireRoom } from "@/lib/shared/chat-types";
import type { RoomChange } from "@/lib/shared/realtime-events";

export function useWatchedRoom(initialRoom: WireRoom, watching: boolean): WireRoom {
  const [room, setRoom] = useState(initialRoom);
  const roomId = initialRoom.id;
  useEffect(() => {
    if (!watching) return;
    const socket = hearthSocket();
    let current = true;
    const watch = async () => {
      const answer = await ask("room:watch", { roomId });
      // Whether a moderator is around is not part of the answer: it comes with changes only.
      if (current && answer.ok)
        setRoom((before) => ({ ...answer.room, moderatorAround: before.moderatorAround }));
    };
    const onChange = (change: RoomChange) => {
      if (change.id === roomId) setRoom((before) => withRoomChange(before, change));
    };
    socket.on("connect", watch);
    socket.on("room:updated", onChange);
    if (socket.connected) void watch();
    else socket.connect();
    return () => {
      current = false;
      socket.off("connect", watch);
      socket.off("room:updated", onChange);
    };
  }, [roomId, watching]);
  return room;
}
