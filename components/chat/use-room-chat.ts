"use client";
// Wires the page's socket to one room's state (lib/client/room-state.ts): joining, live events,
// sending with retries, and catching up after a lost connection without gaps or doubles. The
// live events, the sending and the catching up each have a hook of their own
// (use-room-socket-events.ts, use-pending-delivery.ts, use-catch-up.ts); this one joins them up
// and holds what a person asks of the room.
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { useCatchUp } from "@/components/chat/use-catch-up";
import { usePendingDelivery } from "@/components/chat/use-pending-delivery";
import { usePrivateNotices, type PrivateNotices } from "@/components/chat/use-private-notices";
import { useReadPosition } from "@/components/chat/use-read-position";
import { useRoomSocketEvents } from "@/components/chat/use-room-socket-events";
import { useTypingIndicator } from "@/components/chat/use-typing-indicator";
import { ask } from "@/lib/client/chat-requests";
import { initialRoomState, roomReducer, type RoomState } from "@/lib/client/room-state";
import { hearthSocket } from "@/lib/client/socket";
import type { ErrorBody } from "@/lib/shared/errors";
import { HISTORY_PAGE, type ReactionKindName } from "@/lib/shared/limits";
import type { ReportReason } from "@/lib/shared/schemas/moderation";

export type { Connection } from "@/lib/client/room-state";

export interface RoomChat extends Omit<
  RoomState,
  "everJoined" | "heldThrough" | "catchUpFrom" | "pendingRestored"
> {
  typing: { id: string; pseudonym: string }[];
  /** The crisis-care card and private notices: only for this person. */
  personal: PrivateNotices;
  join(options: { acceptGuidelines?: boolean; listenOnly?: boolean }): Promise<ErrorBody | null>;
  leave(): Promise<void>;
  send(body: string, contentWarning: string | null): void;
  retry(clientId: string): void;
  discard(clientId: string): void;
  edit(messageId: string, body: string): Promise<ErrorBody | null>;
  remove(messageId: string): Promise<ErrorBody | null>;
  react(messageId: string, kind: ReactionKindName): Promise<ErrorBody | null>;
  block(userId: string): Promise<ErrorBody | null>;
  report(messageId: string, reason: ReportReason, details: string): Promise<ErrorBody | null>;
  loadEarlier(): Promise<void>;
  signalTyping(): void;
}

export function useRoomChat(roomId: string, autoJoin: { listenOnly: boolean } | null): RoomChat {
  const [state, dispatch] = useReducer(roomReducer, undefined, initialRoomState);
  // The async flows (join, load earlier) read the state as it is when they run.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  // Read once: the page decides on load whether to join, and how.
  const [initialJoin] = useState(autoJoin);
  const { typing, stoppedTyping } = useTypingIndicator(roomId);
  const personal = usePrivateNotices(roomId);
  const { showCare } = personal;

  const join = useCallback(
    async (options: { acceptGuidelines?: boolean; listenOnly?: boolean }) => {
      const listenOnly =
        options.listenOnly ?? latest.current.membership?.listenOnly ?? initialJoin?.listenOnly ?? false;
      // A rejoin says what is held, so the answer brings what was missed and what changed.
      const { everJoined, heldThrough, syncedAt } = latest.current;
      const after = everJoined ? heldThrough : undefined;
      const answer = await ask("room:join", {
        roomId,
        listenOnly,
        ...(options.acceptGuidelines && { acceptGuidelines: true as const }),
        ...(after !== undefined && { after, ...(syncedAt && { changedSince: syncedAt }) }),
      });
      if (!answer.ok) {
        dispatch({ type: "join-failed", error: answer.error });
        return answer.error;
      }
      dispatch({ type: "joined", answer, after });
      return null;
    },
    [roomId, initialJoin],
  );

  // On every connection: rejoin a room that was open, or join it the first time if the page asked.
  const onConnected = useCallback(() => {
    const current = latest.current;
    if (current.joined || (initialJoin && !current.everJoined)) void join({});
  }, [join, initialJoin]);
  useRoomSocketEvents(roomId, dispatch, onConnected, stoppedTyping);

  const ready = state.connection === "connected" && state.joined;
  usePendingDelivery(roomId, state.pending, state.pendingRestored, ready, dispatch, showCare);
  useCatchUp(roomId, ready, state.catchUpFrom, dispatch);
  useReadPosition(roomId, state.joined, state.messages.at(-1)?.id);

  const lastTypingSent = useRef(0);

  return {
    connection: state.connection,
    joined: state.joined,
    joinError: state.joinError,
    room: state.room,
    membership: state.membership,
    messages: state.messages,
    pending: state.pending,
    presence: state.presence,
    firstUnreadId: state.firstUnreadId,
    mayHaveEarlier: state.mayHaveEarlier,
    typing,
    personal,
    join,
    async leave() {
      await ask("room:leave", { roomId });
      dispatch({ type: "left" });
    },
    send(body, contentWarning) {
      dispatch({
        type: "send-queued",
        message: { clientId: crypto.randomUUID(), body, contentWarning, state: "waiting" },
      });
    },
    retry(clientId) {
      dispatch({ type: "send-waiting", clientId });
    },
    discard(clientId) {
      dispatch({ type: "send-discarded", clientId });
    },
    async edit(messageId, body) {
      const answer = await ask("message:edit", { messageId, body });
      if (!answer.ok) return answer.error;
      if (answer.care) showCare();
      dispatch({ type: "message-stored", message: answer.message });
      return null;
    },
    async remove(messageId) {
      const answer = await ask("message:delete", { messageId });
      if (!answer.ok) return answer.error;
      dispatch({ type: "message-stored", message: answer.message });
      return null;
    },
    async react(messageId, kind) {
      const answer = await ask("message:react", { messageId, kind });
      if (!answer.ok) return answer.error;
      dispatch({ type: "reactions-mine", messageId, reactions: answer.reactions });
      return null;
    },
    async block(userId) {
      const answer = await ask("member:block", { userId });
      if (!answer.ok) return answer.error;
      dispatch({ type: "author-blocked", userId });
      return null;
    },
    async report(messageId, reason, details) {
      const answer = await ask("report:create", { messageId, reason, details });
      return answer.ok ? null : answer.error;
    },
    async loadEarlier() {
      const oldest = latest.current.messages[0]?.id;
      const answer = await ask("history", { roomId, ...(oldest && { before: oldest }), limit: HISTORY_PAGE });
      if (answer.ok) dispatch({ type: "earlier-loaded", messages: answer.messages, pageSize: HISTORY_PAGE });
    },
    signalTyping() {
      const now = Date.now();
      if (now - lastTypingSent.current < 2_000) return;
      lastTypingSent.current = now;
      hearthSocket().emit("typing", { roomId });
    },
  };
}
