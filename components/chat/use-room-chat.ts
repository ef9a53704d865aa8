"use client";
// The state of one room's conversation in the browser: joining, live events, sending with
// retries, and catching up after a lost connection without gaps or doubles.
import { useCallback, useEffect, useRef, useState } from "react";
import { loadPending, savePending, type PendingMessage } from "@/lib/client/pending-messages";
import { ask, lostConnection, mergeMessages as merge } from "@/lib/client/chat-requests";
import { hearthSocket } from "@/lib/client/socket";
import { usePrivateNotices, type PrivateNotices } from "@/components/chat/use-private-notices";
import { useReadPosition } from "@/components/chat/use-read-position";
import { useTypingIndicator } from "@/components/chat/use-typing-indicator";
import type { WireMembership, WireMessage, WirePresence, WireRoom } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { ReportReason } from "@/lib/shared/schemas/moderation";
import { HISTORY_MAX, type ReactionKindName } from "@/lib/shared/schemas/chat";

export type Connection = "connecting" | "connected" | "reconnecting";

export interface RoomChat {
  connection: Connection;
  joined: boolean;
  joinError?: ErrorBody;
  room?: WireRoom;
  membership?: WireMembership;
  messages: WireMessage[];
  pending: PendingMessage[];
  presence?: WirePresence;
  typing: { id: string; pseudonym: string }[];
  firstUnreadId?: string;
  mayHaveEarlier: boolean;
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
  const [connection, setConnection] = useState<Connection>("connecting");
  const [joined, setJoined] = useState(false);
  const [joinError, setJoinError] = useState<ErrorBody>();
  const [room, setRoom] = useState<WireRoom>();
  const [membership, setMembership] = useState<WireMembership>();
  const [messages, setMessages] = useState<WireMessage[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [presence, setPresence] = useState<WirePresence>();
  const { typing, stoppedTyping } = useTypingIndicator(roomId);
  const [firstUnreadId, setFirstUnreadId] = useState<string>();
  const [mayHaveEarlier, setMayHaveEarlier] = useState(false);
  const personal = usePrivateNotices(roomId);
  const { showCare } = personal;

  const joinedRef = useRef(false);
  const messagesRef = useRef<WireMessage[]>([]);
  const pendingRef = useRef<PendingMessage[]>([]);
  const listenOnlyRef = useRef(autoJoin?.listenOnly ?? false);

  const updateMessages = useCallback((change: (current: WireMessage[]) => WireMessage[]) => {
    messagesRef.current = change(messagesRef.current);
    setMessages(messagesRef.current);
  }, []);

  const updatePending = useCallback(
    (change: (current: PendingMessage[]) => PendingMessage[]) => {
      pendingRef.current = change(pendingRef.current);
      savePending(roomId, pendingRef.current);
      setPending(pendingRef.current);
    },
    [roomId],
  );

  const deliver = useCallback(
    async (message: PendingMessage) => {
      updatePending((list) =>
        list.map((item) =>
          item.clientId === message.clientId ? { ...item, state: "sending", error: undefined } : item,
        ),
      );
      const answer = await ask("message:send", {
        roomId,
        clientId: message.clientId,
        body: message.body,
        contentWarning: message.contentWarning,
      });
      if (answer.ok) {
        if (answer.care) showCare();
        updateMessages((list) => merge(list, [answer.message]));
        updatePending((list) => list.filter((item) => item.clientId !== message.clientId));
      } else if (answer.error !== lostConnection) {
        updatePending((list) =>
          list.map((item) =>
            item.clientId === message.clientId
              ? { ...item, state: "failed", error: answer.error.message }
              : item,
          ),
        );
      }
      // On a lost connection the message stays "sending"; the reconnect sends it again.
    },
    [roomId, updateMessages, updatePending, showCare],
  );

  const catchUp = useCallback(async () => {
    for (;;) {
      const newest = messagesRef.current.at(-1)?.id;
      if (!newest) return;
      const answer = await ask("history", {
        roomId,
        after: newest,
        limit: HISTORY_MAX,
      });
      if (!answer.ok) return;
      updateMessages((list) => merge(list, answer.messages));
      if (answer.messages.length < HISTORY_MAX) return;
    }
  }, [roomId, updateMessages]);

  const join = useCallback(
    async (options: { acceptGuidelines?: boolean; listenOnly?: boolean }) => {
      const listenOnly = options.listenOnly ?? listenOnlyRef.current;
      const answer = await ask("room:join", {
        roomId,
        listenOnly,
        ...(options.acceptGuidelines && { acceptGuidelines: true }),
      });
      if (!answer.ok) {
        setJoinError(answer.error);
        return answer.error;
      }
      listenOnlyRef.current = answer.membership.listenOnly;
      const firstJoin = !joinedRef.current;
      joinedRef.current = true;
      setJoined(true);
      setJoinError(undefined);
      setRoom(answer.room);
      setMembership(answer.membership);
      const hadMessages = messagesRef.current.length > 0;
      updateMessages((list) => merge(list, answer.messages));
      if (firstJoin) {
        setMayHaveEarlier(answer.messages.length >= 50);
        const lastRead = answer.membership.lastReadMessageId;
        const unread = lastRead
          ? answer.messages.find((message) => BigInt(message.id) > BigInt(lastRead))
          : undefined;
        setFirstUnreadId(unread?.id);
      }
      if (hadMessages) await catchUp();
      // Anything pending that catching up shows as stored was delivered before the drop.
      const stored = new Set(messagesRef.current.map((item) => item.clientId));
      updatePending((list) => list.filter((item) => !stored.has(item.clientId)));
      for (const message of pendingRef.current.filter((item) => item.state === "sending"))
        void deliver(message);
      return null;
    },
    [roomId, catchUp, deliver, updateMessages, updatePending],
  );

  useEffect(() => {
    const socket = hearthSocket();
    pendingRef.current = loadPending(roomId);
    setPending(pendingRef.current);

    const onConnect = () => {
      setConnection("connected");
      if (joinedRef.current || autoJoin) void join({});
    };
    const onDisconnect = () => setConnection("reconnecting");
    const onNew = (message: WireMessage) => {
      if (message.roomId !== roomId) return;
      updateMessages((list) => merge(list, [message]));
      updatePending((list) => list.filter((item) => item.clientId !== message.clientId));
      stoppedTyping(message.author.id);
    };
    const onUpdated = (message: WireMessage) => {
      if (message.roomId !== roomId) return;
      updateMessages((list) =>
        list.map((item) =>
          item.id === message.id
            ? { ...message, reactions: { ...message.reactions, mine: item.reactions.mine } }
            : item,
        ),
      );
    };
    const onReaction = (update: {
      roomId: string;
      messageId: string;
      counts: WireMessage["reactions"]["counts"];
    }) => {
      if (update.roomId !== roomId) return;
      updateMessages((list) =>
        list.map((item) =>
          item.id === update.messageId
            ? { ...item, reactions: { ...item.reactions, counts: update.counts } }
            : item,
        ),
      );
    };
    const onRemoved = (removal: { roomId: string; messageId: string }) => {
      if (removal.roomId === roomId)
        updateMessages((list) => list.filter((item) => item.id !== removal.messageId));
    };
    const onPresence = (update: WirePresence) => {
      if (update.roomId === roomId) setPresence(update);
    };
    const onRoomUpdated = (update: {
      id: string;
      memberCount?: number;
      slowModeSeconds?: number;
      locked?: boolean;
      guidelinesVersion?: number;
      guidelines?: string;
    }) => {
      if (update.id !== roomId) return;
      if (update.guidelinesVersion !== undefined)
        setMembership((current) => (current ? { ...current, guidelinesAccepted: false } : current));
      const changes = Object.fromEntries(
        Object.entries(update).filter(([key, value]) => key !== "id" && value !== undefined),
      );
      setRoom((current) => (current ? { ...current, ...changes } : current));
    };
    const onMuted = (mute: { roomId: string; until: string | null }) => {
      if (mute.roomId === roomId)
        setMembership((current) => (current ? { ...current, mutedUntil: mute.until } : current));
    };
    const onMemberRemoved = (removal: { roomId: string }) => {
      if (removal.roomId !== roomId) return;
      joinedRef.current = false;
      setJoined(false);
      updateMessages(() => []);
      setJoinError({
        code: "removed",
        message: "A moderator removed you from this room. You can't read or rejoin it for now.",
      });
    };
    // A full page load on purpose: nothing of the ended session should stay in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    const onRevoked = () => window.location.assign("/signin");

    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    socket.on("message:new", onNew);
    socket.on("message:updated", onUpdated);
    socket.on("message:removed", onRemoved);
    socket.on("reaction:updated", onReaction);
    socket.on("presence", onPresence);
    socket.on("room:updated", onRoomUpdated);
    socket.on("member:muted", onMuted);
    socket.on("member:removed", onMemberRemoved);
    socket.on("session:revoked", onRevoked);
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
      socket.off("room:updated", onRoomUpdated);
      socket.off("member:muted", onMuted);
      socket.off("member:removed", onMemberRemoved);
      socket.off("session:revoked", onRevoked);
    };
    // autoJoin is read once: the page decides it on load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roomId, join, updateMessages, updatePending, stoppedTyping]);

  useReadPosition(roomId, joined, messages.at(-1)?.id);

  const lastTypingSent = useRef(0);

  return {
    connection,
    joined,
    joinError,
    room,
    membership,
    messages,
    pending,
    presence,
    typing,
    firstUnreadId,
    mayHaveEarlier,
    personal,
    join,
    async leave() {
      await ask("room:leave", { roomId });
      joinedRef.current = false;
      setJoined(false);
    },
    send(body, contentWarning) {
      const message: PendingMessage = {
        clientId: crypto.randomUUID(),
        body,
        contentWarning,
        state: "sending",
      };
      updatePending((list) => [...list, message]);
      void deliver(message);
    },
    retry(clientId) {
      const message = pendingRef.current.find((item) => item.clientId === clientId);
      if (message) void deliver(message);
    },
    discard(clientId) {
      updatePending((list) => list.filter((item) => item.clientId !== clientId));
    },
    async edit(messageId, body) {
      const answer = await ask("message:edit", { messageId, body });
      if (!answer.ok) return answer.error;
      updateMessages((list) => merge(list, [answer.message]));
      return null;
    },
    async remove(messageId) {
      const answer = await ask("message:delete", { messageId });
      if (!answer.ok) return answer.error;
      updateMessages((list) => merge(list, [answer.message]));
      return null;
    },
    async react(messageId, kind) {
      const answer = await ask("message:react", { messageId, kind });
      if (!answer.ok) return answer.error;
      updateMessages((list) =>
        list.map((item) => (item.id === messageId ? { ...item, reactions: answer.reactions } : item)),
      );
      return null;
    },
    async block(userId) {
      const answer = await ask("member:block", { userId });
      if (!answer.ok) return answer.error;
      updateMessages((list) => list.filter((item) => item.author.id !== userId));
      return null;
    },
    async report(messageId, reason, details) {
      const answer = await ask("report:create", { messageId, reason, details });
      return answer.ok ? null : answer.error;
    },
    async loadEarlier() {
      const oldest = messagesRef.current[0]?.id;
      const answer = await ask("history", {
        roomId,
        ...(oldest && { before: oldest }),
        limit: 50,
      });
      if (!answer.ok) return;
      setMayHaveEarlier(answer.messages.length >= 50);
      updateMessages((list) => merge(list, answer.messages));
    },
    signalTyping() {
      const now = Date.now();
      if (now - lastTypingSent.current < 2_000) return;
      lastTypingSent.current = now;
      hearthSocket().emit("typing", { roomId });
    },
  };
}
