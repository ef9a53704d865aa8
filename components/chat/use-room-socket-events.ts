"use client";
// The socket's events for one room become the room state's events (lib/client/room-state.ts).
// Frames about other rooms are ignored; a revoked session leaves the page for the sign-in.
import { useEffect, type Dispatch } from "react";
import type { RoomEvent, RoomState } from "@/lib/client/room-state";
import { hearthSocket } from "@/lib/client/socket";
import type { WireMessage } from "@/lib/shared/chat-types";

export function useRoomSocketEvents(
  roomId: string,
  dispatch: Dispatch<RoomEvent>,
  /** Called on every (re)connection, after the state has heard of it: the place to (re)join. */
  onConnected: () => void,
  /** Someone's message arrived: they are no longer typing. */
  stoppedTyping: (userId: string) => void,
): void {
  useEffect(() => {
    const socket = hearthSocket();
    const inRoom = (event: RoomEvent) => (id: string) => id === roomId && dispatch(event);
    const onConnect = () => {
      dispatch({ type: "connection", connection: "connected" });
      onConnected();
    };
    const onDisconnect = () => dispatch({ type: "connection", connection: "reconnecting" });
    const onNew = (message: WireMessage) => {
      inRoom({ type: "message-new", message })(message.roomId);
      if (message.roomId === roomId) stoppedTyping(message.author.id);
    };
    const onUpdated = (message: WireMessage) => inRoom({ type: "message-updated", message })(message.roomId);
    const onRemoved = (removal: { roomId: string; messageId: string }) =>
      inRoom({ type: "message-removed", messageId: removal.messageId })(removal.roomId);
    const onReaction = (update: {
      roomId: string;
      messageId: string;
      counts: WireMessage["reactions"]["counts"];
    }) =>
      inRoom({ type: "reactions-counted", messageId: update.messageId, counts: update.counts })(
        update.roomId,
      );
    const onPresence = (presence: RoomState["presence"] & object) =>
      inRoom({ type: "presence", presence })(presence.roomId);
    const onRoomChanged = (change: { id: string }) => inRoom({ type: "room-changed", change })(change.id);
    const onMuted = (mute: { roomId: string; until: string | null }) =>
      inRoom({ type: "muted", until: mute.until })(mute.roomId);
    const onMemberRemoved = (removal: { roomId: string }) => inRoom({ type: "removed" })(removal.roomId);
    // A full page load on purpose: nothing of the ended session should stay in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    const onRevoked = () => window.location.assign("/signin");
    const onResync = () => dispatch({ type: "resync" });

    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    socket.on("message:new", onNew);
    socket.on("message:updated", onUpdated);
    socket.on("message:removed", onRemoved);
    socket.on("reaction:updated", onReaction);
    socket.on("presence", onPresence);
    socket.on("room:updated", onRoomChanged);
    socket.on("member:muted", onMuted);
    socket.on("member:removed", onMemberRemoved);
    socket.on("session:revoked", onRevoked);
    socket.on("room:resync", onResync);
    if (socket.connected) onConnect();
    else socket.connect();

    return () => {
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      socket.off("message:new", onNew);
      socket.off("message:updated", onUpdated);
      socket.off("message:removed", onRemoved);
      socket.off("reaction:updated", onReaction);
      socket.off("presence", onPresence);
      socket.off("room:updated", onRoomChanged);
      socket.off("member:muted", onMuted);
      socket.off("member:removed", onMemberRemoved);
      socket.off("session:revoked", onRevoked);
      socket.off("room:resync", onResync);
    };
  }, [roomId, dispatch, onConnected, stoppedTyping]);
}
