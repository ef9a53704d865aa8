"use client";
// Sending what the person wrote, whatever the connection does. Unsent messages live in the
// browser too, so a reload or a closed tab loses nothing; each goes out with its clientId once the
// room is joined on a live connection, and again after a lost answer or a busy moment. A message
// sent twice is stored once: the server answers a known clientId with the stored one.
import { useCallback, useEffect, type Dispatch } from "react";
import { ask, lostConnection } from "@/lib/client/chat-requests";
import { errorWords } from "@/lib/client/error-words";
import {
  heldRetryDelayMs,
  loadPending,
  savePending,
  type PendingMessage,
} from "@/lib/client/pending-messages";
import type { RoomEvent } from "@/lib/client/room-state";

export function usePendingDelivery(
  roomId: string,
  pending: PendingMessage[],
  /** The unsent messages kept in the browser were read back: from then on they are saved. */
  pendingRestored: boolean,
  /** Joined on a live connection: what waits may go out. */
  ready: boolean,
  dispatch: Dispatch<RoomEvent>,
  /** The server read the words as a crisis: its author is shown the care card. */
  showCare: () => void,
): void {
  useEffect(() => {
    dispatch({ type: "pending-restored", pending: loadPending(roomId) });
  }, [roomId, dispatch]);
  useEffect(() => {
    if (pendingRestored) savePending(roomId, pending);
  }, [roomId, pending, pendingRestored]);

  const deliver = useCallback(
    async (message: PendingMessage) => {
      dispatch({ type: "send-started", clientId: message.clientId });
      const answer = await ask("message:send", {
        roomId,
        clientId: message.clientId,
        body: message.body,
        contentWarning: message.contentWarning,
      });
      if (answer.ok) {
        if (answer.care) showCare();
        dispatch({ type: "send-acked", message: answer.message });
      } else if (answer.error === lostConnection) {
        // Sent again, with the same clientId, once the room is joined again.
        dispatch({ type: "send-waiting", clientId: message.clientId });
      } else if (answer.error.code === "unavailable") {
        // Hearth or its database is away for a moment: the same clientId goes again (stored once).
        dispatch({ type: "send-held", clientId: message.clientId });
        const waitMs = heldRetryDelayMs(answer.error.retryAfterSeconds);
        setTimeout(() => dispatch({ type: "send-waiting", clientId: message.clientId }), waitMs);
      } else {
        dispatch({ type: "send-failed", clientId: message.clientId, error: errorWords(answer.error) });
      }
    },
    [roomId, dispatch, showCare],
  );

  useEffect(() => {
    if (!ready) return;
    for (const message of pending) if (message.state === "waiting") void deliver(message);
  }, [ready, pending, deliver]);
}
