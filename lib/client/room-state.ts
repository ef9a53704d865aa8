// One room's conversation as the browser holds it, changed only by the events below. Pure:
// the hook (components/chat/use-room-chat.ts) wires the socket to it, and room-state.test.ts
// drives it on its own. How a join or a history page catches up without gaps or doubles is in
// room-catch-up.ts; keeping messages in id order, in message-order.ts.
import { mergeMessages } from "@/lib/client/message-order";
import { withoutStored, type PendingMessage } from "@/lib/client/pending-messages";
import { caughtUpState, joinedState, resyncState } from "@/lib/client/room-catch-up";
import type { WireMembership, WireMessage, WirePresence, WireRoom } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { JoinAnswer, RoomChange } from "@/lib/shared/realtime-events";

export type Connection = "connecting" | "connected" | "reconnecting";

export interface RoomState {
  connection: Connection;
  joined: boolean;
  /** Joined at least once on this page: a later join is a rejoin (catch up, keep the divider). */
  everJoined: boolean;
  joinError?: ErrorBody;
  room?: WireRoom;
  membership?: WireMembership;
  /** In id order, each id once. */
  messages: WireMessage[];
  /** Every message up to this id is held, without gaps (lib/client/room-catch-up.ts says how). */
  heldThrough?: string;
  /** The server's `syncedAt` from the last join: sent back as `changedSince` on a rejoin. */
  syncedAt?: string;
  /** Set when a catch-up page must be asked for, after this id. */
  catchUpFrom?: string;
  firstUnreadId?: string;
  mayHaveEarlier: boolean;
  pending: PendingMessage[];
  /** The unsent messages kept in the browser were read back (until then nothing is saved over them). */
  pendingRestored: boolean;
  presence?: WirePresence;
}

export type RoomEvent =
  | { type: "connection"; connection: Connection }
  /** `after`: the heldThrough this join was asked with (a rejoin), if any. */
  | { type: "joined"; answer: JoinAnswer; after?: string }
  | { type: "join-failed"; error: ErrorBody }
  | { type: "left" }
  | { type: "removed" }
  | { type: "caught-up"; after: string; messages: WireMessage[]; pageSize: number }
  | { type: "resync" }
  | { type: "earlier-loaded"; messages: WireMessage[]; pageSize: number }
  | { type: "message-new"; message: WireMessage }
  | { type: "message-updated"; message: WireMessage }
  | { type: "message-stored"; message: WireMessage }
  | { type: "message-removed"; messageId: string }
  | { type: "reactions-counted"; messageId: string; counts: WireMessage["reactions"]["counts"] }
  | { type: "reactions-mine"; messageId: string; reactions: WireMessage["reactions"] }
  | { type: "author-blocked"; userId: string }
  | { type: "presence"; presence: WirePresence }
  | { type: "room-changed"; change: RoomChange }
  | { type: "muted"; until: string | null }
  | { type: "pending-restored"; pending: PendingMessage[] }
  | { type: "send-queued"; message: PendingMessage }
  | { type: "send-started"; clientId: string }
  | { type: "send-waiting"; clientId: string }
  | { type: "send-held"; clientId: string }
  | { type: "send-failed"; clientId: string; error: string }
  | { type: "send-acked"; message: WireMessage }
  | { type: "send-discarded"; clientId: string };

export function initialRoomState(): RoomState {
  return {
    connection: "connecting",
    joined: false,
    everJoined: false,
    messages: [],
    mayHaveEarlier: false,
    pending: [],
    pendingRestored: false,
  };
}

/** A room with what a `room:updated` changed (a change names only what changed). */
export function withRoomChange(room: WireRoom, change: RoomChange): WireRoom {
  const defined = Object.fromEntries(
    Object.entries(change).filter(([key, value]) => key !== "id" && value !== undefined),
  );
  return { ...room, ...defined };
}

function mapMessage(state: RoomState, id: string, change: (message: WireMessage) => WireMessage): RoomState {
  return {
    ...state,
    messages: state.messages.map((message) => (message.id === id ? change(message) : message)),
  };
}

function setPendingState(
  state: RoomState,
  clientId: string,
  change: Pick<PendingMessage, "state" | "error">,
): RoomState {
  return {
    ...state,
    pending: state.pending.map((item) => (item.clientId === clientId ? { ...item, ...change } : item)),
  };
}

export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case "connection":
      return {
        ...state,
        connection: event.connection,
        // Whatever was on its way waits for the connection; it is sent again after the rejoin.
        pending:
          event.connection === "connected"
            ? state.pending
            : state.pending.map((item) =>
                item.state === "sending" || item.state === "held" ? { ...item, state: "waiting" } : item,
              ),
      };
    case "joined":
      return joinedState(state, event.answer, event.after);
    case "join-failed":
      return { ...state, joinError: event.error };
    case "left":
      return { ...state, joined: false };
    case "removed":
      return {
        ...state,
        joined: false,
        messages: [],
        heldThrough: undefined,
        catchUpFrom: undefined,
        joinError: {
          code: "removed",
          message: "A moderator removed you from this room. You can't read or rejoin it for now.",
        },
      };
    case "caught-up":
      return caughtUpState(state, event.after, event.messages, event.pageSize);
    case "resync":
      return resyncState(state);
    case "earlier-loaded":
      return {
        ...state,
        messages: mergeMessages(state.messages, event.messages),
        mayHaveEarlier: event.messages.length >= event.pageSize,
      };
    case "message-new":
      return {
        ...state,
        messages: mergeMessages(state.messages, [event.message]),
        pending: withoutStored(state.pending, [event.message]),
      };
    case "message-updated":
      // Others' broadcasts carry no "mine"; keep what this reader gave.
      return mapMessage(state, event.message.id, (held) => ({
        ...event.message,
        reactions: { ...event.message.reactions, mine: held.reactions.mine },
      }));
    case "message-stored":
      return { ...state, messages: mergeMessages(state.messages, [event.message]) };
    case "message-removed":
      return { ...state, messages: state.messages.filter((message) => message.id !== event.messageId) };
    case "reactions-counted":
      return mapMessage(state, event.messageId, (held) => ({
        ...held,
        reactions: { ...held.reactions, counts: event.counts },
      }));
    case "reactions-mine":
      return mapMessage(state, event.messageId, (held) => ({ ...held, reactions: event.reactions }));
    case "author-blocked":
      return { ...state, messages: state.messages.filter((message) => message.author.id !== event.userId) };
    case "presence":
      return { ...state, presence: event.presence };
    case "room-changed": {
      if (!state.room || event.change.id !== state.room.id) return state;
      const guidelinesChanged = event.change.guidelinesVersion !== undefined && state.membership;
      return {
        ...state,
        room: withRoomChange(state.room, event.change),
        membership: guidelinesChanged
          ? { ...state.membership!, guidelinesAccepted: false }
          : state.membership,
      };
    }
    case "muted":
      return state.membership
        ? { ...state, membership: { ...state.membership, mutedUntil: event.until } }
        : state;
    case "pending-restored":
      // Anything queued before the read-back stays, after what was kept from last time.
      return { ...state, pending: [...event.pending, ...state.pending], pendingRestored: true };
    case "send-queued":
      return { ...state, pending: [...state.pending, event.message] };
    case "send-started":
      return setPendingState(state, event.clientId, { state: "sending", error: undefined });
    case "send-waiting":
      return setPendingState(state, event.clientId, { state: "waiting", error: undefined });
    case "send-held":
      return setPendingState(state, event.clientId, { state: "held", error: undefined });
    case "send-failed":
      return setPendingState(state, event.clientId, { state: "failed", error: event.error });
    case "send-acked":
      return {
        ...state,
        messages: mergeMessages(state.messages, [event.message]),
        pending: state.pending.filter((item) => item.clientId !== event.message.clientId),
      };
    case "send-discarded":
      return { ...state, pending: state.pending.filter((item) => item.clientId !== event.clientId) };
  }
}
