// How the room's state (lib/client/room-state.ts) catches up after a join, a rejoin or a resync,
// without gaps or doubles. Pure, like the reducer that calls it.
//
// Catching up is the delicate part. Live frames can arrive out of id order and any number can
// be missed while the connection is down, so the newest id held says nothing about gaps. The
// state keeps `heldThrough`: the id up to which every message the reader may see is held
// (from the oldest one loaded). Only pages that are contiguous by construction move it: the
// join page when it overlaps what is held, and `history { after }` pages. After a rejoin the
// hook pages forward from it (`catchUpFrom`) until a page comes back short.
import { compareIds, mergeMessages, newerId } from "@/lib/client/message-order";
import { withoutStored } from "@/lib/client/pending-messages";
import type { RoomState } from "@/lib/client/room-state";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { JoinAnswer } from "@/lib/shared/realtime-events";
import { HISTORY_PAGE } from "@/lib/shared/limits";

/** A cursor before every message: "I hold everything in this room up to its start". */
export const roomStart = "0";

/** The state once a `room:join` is answered; `after` is the heldThrough a rejoin asked with. */
export function joinedState(state: RoomState, answer: JoinAnswer, after: string | undefined): RoomState {
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
    pending: withoutStored(state.pending, page),
    syncedAt: answer.syncedAt,
  };
  const pageNewest = page.at(-1)?.id;
  if (answer.catchUp && after !== undefined) {
    // The server paged forward from `after`: contiguous by construction. Page on if it said more.
    const heldThrough = newerId(newerId(state.heldThrough, after), pageNewest);
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
  if (joinsUp) return { ...base, heldThrough: newerId(held, pageNewest), catchUpFrom: undefined };
  return { ...base, heldThrough: held, catchUpFrom: held };
}

/** The state once a `history { after }` page asked for from `after` has come back. */
export function caughtUpState(
  state: RoomState,
  after: string,
  messages: WireMessage[],
  pageSize: number,
): RoomState {
  // A stale answer (the cursor moved on meanwhile) still holds real messages: merge only.
  const current = state.catchUpFrom === after;
  const merged = mergeMessages(state.messages, messages);
  const pending = withoutStored(state.pending, messages);
  if (!current) return { ...state, messages: merged, pending };
  const heldThrough = newerId(state.heldThrough, messages.at(-1)?.id);
  const more = messages.length >= pageSize;
  return { ...state, messages: merged, pending, heldThrough, catchUpFrom: more ? heldThrough : undefined };
}

/** Live frames may have been missed on a connection that stayed up: page forward again. */
export function resyncState(state: RoomState): RoomState {
  return state.joined && state.heldThrough !== undefined && state.catchUpFrom === undefined
    ? { ...state, catchUpFrom: state.heldThrough }
    : state;
}
