// One room's conversation as the browser holds it, changed only by the events below. Pure:
// the hook (components/chat/use-room-chat.ts) wires the socket to it, and room-state.test.ts
// drives it on its own.
//
// Catching up is the delicate part. Live frames can arrive out of id order and any number can
// be missed while the connection is down, so the newest id held says nothing about gaps. The
// state keeps `heldThrough`: the id up to which every message the reader may see is held
// (from the oldest one loaded). Only pages that are contiguous by construction move it: the
// join page when it overlaps what is held, and `history { after }` pages. After a rejoin the
// hook pages forward from it (`catchUpFrom`) until a page comes back short.
import type { PendingMessage } from "@/lib/client/pending-messages";
import type { WireMembership, WireMessage, WirePresence, WireRoom } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { JoinAnswer, RoomChange } from "@/lib/shared/realtime-events";
import { HISTORY_PAGE } from "@/lib/shared/limits";

export type Connection = "connecting" | "connected" | "reconnecting";

/** A cursor before every message: "I hold everything in this room up to its start". */
export const roomStart = "0";

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

/** Ids are decimal bigints as the server writes them (no sign, no leading zeros): compared as such. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds or replaces messages by id and keeps them in id order: nothing shows twice. */
export function mergeMessages(existing: WireMessage[], incoming: WireMessage[]): WireMessage[] {
  if (incoming.length === 0) return existing;
  if (incoming.length <= 8) {
    // A live frame or two: put each in its place by binary search instead of sorting everything.
    const merged = existing.slice();
    for (const message of incoming) {
      let low = 0;
      let high = merged.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareIds(merged[middle]!.id, message.id) < 0) low = middle + 1;
        else high = middle;
      }
      merged.splice(low, merged[low]?.id === message.id ? 1 : 0, message);
    }
    return merged;
  }
  const byId = new Map(existing.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
}

const newer = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : compareIds(a, b) >= 0 ? a : b;

function mapMessage(state: RoomState, id: string, change: (message: WireMessage) => WireMessage): RoomState {
  return {
    ...state,
    messages: state.messages.map((message) => (message.id === id ? change(message) : message)),
  };
}

function withoutPending(pending: PendingMessage[], stored: WireMessage[]): PendingMessage[] {
  const clientIds = new Set(stored.map((message) => message.clientId));
  const kept = pending.filter((item) => !clientIds.has(item.clientId));
  return kept.length === pending.length ? pending : kept;
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

function joined(state: RoomState, answer: JoinAnswer, after: string | undefined): RoomState {
  const page = answer.messages;
  // What changed up to `after` while away: edits, deletions, and messages held back or let
  // through. All of it lies in what is held (from the oldest message loaded up to heldThrough),
  // so a changed message there is shown as it is now, even one not shown before (let through).
  const removed = new Set(answer.removedIds ?? []);
  const oldestHeld = state.messages[0]?.id;
  const changed = (answer.changed ?? []).filter(
    (message) => oldestHeld === undefined || compareIds(message.id, oldestHeld) >= 0,
  );
  const shown = mergeMessages(mergeMessages(state.messages, page), changed).filter(
    (message) => !removed.has(message.id),
  );
  const base: RoomState = {
    ...state,
    joined: true,
    everJoined: true,
    joinError: undefined,
    room: answer.room,
    membership: answer.membership,
    messages: shown,
    pending: withoutPending(state.pending, page),
    syncedAt: answer.syncedAt,
  };
  const pageNewest = page.at(-1)?.id;
  if (answer.catchUp && after !== undefined) {
    // The server paged forward from `after`: contiguous by construction. Page on if it said more.
    const heldThrough = newer(newer(state.heldThrough, after), pageNewest);
    return { ...base, heldThrough, catchUpFrom: answer.catchUp.more ? heldThrough : undefined };
  }
  if (!state.everJoined) {
    // The latest page is contiguous by itself; an empty room is held from its start.
    const lastRead = answer.membership.lastReadMessageId;
    return {
      ...base,
      heldThrough: pageNewest ?? roomStart,
      catchUpFrom: undefined,
      mayHaveEarlier: page.length >= HISTORY_PAGE,
      firstUnreadId: lastRead ? page.find((message) => compareIds(message.id, lastRead) > 0)?.id : undefined,
    };
  }
  // A rejoin. The page joins up with what is held if it reaches back into it, or if it is the
  // whole room (shorter than a page); otherwise messages may be missing in between: page forward.
  const held = state.heldThrough ?? roomStart;
  const oldest = page[0]?.id;
  const joinsUp = page.length < HISTORY_PAGE || (oldest !== undefined && compareIds(oldest, held) <= 0);
  if (joinsUp) return { ...base, heldThrough: newer(held, pageNewest), catchUpFrom: undefined };
  return { ...base, heldThrough: held, catchUpFrom: held };
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
      return joined(state, event.answer, event.after);
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
    case "caught-up": {
      // A stale answer (the cursor moved on meanwhile) still holds real messages: merge only.
      const current = state.catchUpFrom === event.after;
      const messages = mergeMessages(state.messages, event.messages);
      const pending = withoutPending(state.pending, event.messages);
      if (!current) return { ...state, messages, pending };
      const heldThrough = newer(state.heldThrough, event.messages.at(-1)?.id);
      const more = event.messages.length >= event.pageSize;
      return { ...state, messages, pending, heldThrough, catchUpFrom: more ? heldThrough : undefined };
    }
    case "resync":
      // Live frames may have been missed on a connection that stayed up: page forward again.
      return state.joined && state.heldThrough !== undefined && state.catchUpFrom === undefined
        ? { ...state, catchUpFrom: state.heldThrough }
        : state;
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
        pending: withoutPending(state.pending, [event.message]),
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
