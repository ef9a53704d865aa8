"use client";
// Wires the page's socket to one room's state (lib/client/room-state.ts): joining, live events,
// sending with retries, and catching up after a lost connection without gaps or doubles.
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { usePrivateNotices, type PrivateNotices } from "@/components/chat/use-private-notices";
import { useReadPosition } from "@/components/chat/use-read-position";
import { useTypingIndicator } from "@/components/chat/use-typing-indicator";
import { ask, lostConnection } from "@/lib/client/chat-requests";
import {
  heldRetryDelayMs,
  loadPending,
  savePending,
  type PendingMessage,
} from "@/lib/client/pending-messages";
import { initialRoomState, roomReducer, type RoomEvent, type RoomState } from "@/lib/client/room-state";
import { hearthSocket } from "@/lib/client/socket";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import { HISTORY_MAX, HISTORY_PAGE, type ReactionKindName } from "@/lib/shared/limits";
import type { ReportReason } from "@/lib/shared/schemas/moderation";
import { errorWords } from "@/lib/client/error-words";

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

const catchUpRetryMs = [1_000, 2_000, 5_000, 10_000];

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

  // The socket's events become the state's events.
  useEffect(() => {
    const socket = hearthSocket();
    const inRoom = (event: RoomEvent) => (id: string) => id === roomId && dispatch(event);
    const onConnect = () => {
      dispatch({ type: "connection", connection: "connected" });
      const current = latest.current;
      if (current.joined || (initialJoin && !current.everJoined)) void join({});
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
  }, [roomId, join, initialJoin, stoppedTyping]);

  // Unsent messages live in the browser too, so a reload or a closed tab loses nothing.
  useEffect(() => {
    dispatch({ type: "pending-restored", pending: loadPending(roomId) });
  }, [roomId]);
  useEffect(() => {
    if (state.pendingRestored) savePending(roomId, state.pending);
  }, [roomId, state.pending, state.pendingRestored]);

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
    [roomId, showCare],
  );

  // Whatever waits goes out once the room is joined on a live connection. A message sent twice
  // (its answer was lost) is stored once: the server answers a known clientId with the stored one.
  const ready = state.connection === "connected" && state.joined;
  useEffect(() => {
    if (!ready) return;
    for (const message of state.pending) if (message.state === "waiting") void deliver(message);
  }, [ready, state.pending, deliver]);

  // After a rejoin, page forward from the last id up to which nothing is missing.
  const catchUpFrom = state.catchUpFrom;
  useEffect(() => {
    if (!ready || catchUpFrom === undefined) return;
    let stopped = false;
    void (async () => {
      for (let attempt = 0; !stopped; attempt += 1) {
        const answer = await ask("history", { roomId, after: catchUpFrom, limit: HISTORY_MAX });
        if (answer.ok) {
          dispatch({
            type: "caught-up",
            after: catchUpFrom,
            messages: answer.messages,
            pageSize: HISTORY_MAX,
          });
          return;
        }
        const delay = catchUpRetryMs[Math.min(attempt, catchUpRetryMs.length - 1)];
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [ready, catchUpFrom, roomId]);

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
