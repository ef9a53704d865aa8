import { describe, expect, it } from "vitest";
import type { PendingMessage } from "@/lib/client/pending-messages";
import { roomStart } from "@/lib/client/room-catch-up";
import { initialRoomState, roomReducer, type RoomEvent, type RoomState } from "@/lib/client/room-state";
import type { WireMembership, WireMessage, WireRoom } from "@/lib/shared/chat-types";
import type { JoinAnswer } from "@/lib/shared/realtime-events";
import { HISTORY_MAX, HISTORY_PAGE } from "@/lib/shared/schemas/chat";

const roomId = "room-1";
const room: WireRoom = {
  id: roomId,
  slug: "grief",
  name: "Grief",
  description: "",
  guidelines: "Be kind",
  guidelinesVersion: 1,
  capacity: 12,
  memberCount: 2,
  slowModeSeconds: 0,
  locked: false,
  topic: { slug: "loss", name: "Loss" },
};
const membership: WireMembership = {
  role: "member",
  guidelinesAccepted: true,
  listenOnly: false,
  mutedUntil: null,
  lastReadMessageId: null,
};

function message(id: number, extra: Partial<WireMessage> = {}): WireMessage {
  return {
    id: String(id),
    roomId,
    clientId: `client-${id}`,
    author: { id: "someone", pseudonym: "Someone" },
    body: `message ${id}`,
    contentWarning: null,
    createdAt: new Date(0).toISOString(),
    editedAt: null,
    deleted: false,
    hidden: false,
    needsCare: false,
    reactions: { counts: {}, mine: [] },
    ...extra,
  };
}
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => message(from + i));
const latestPage = (all: WireMessage[]) => all.slice(-HISTORY_PAGE);
const joinAnswer = (messages: WireMessage[], extra: Partial<WireMembership> = {}): JoinAnswer => ({
  room,
  membership: { ...membership, ...extra },
  messages,
  syncedAt: new Date(0).toISOString(),
});
const run = (events: RoomEvent[], from: RoomState = initialRoomState()) => events.reduce(roomReducer, from);
const ids = (state: RoomState) => state.messages.map((item) => item.id);
// (Ids here are small numbers, so the models compare them as numbers: quicker than BigInt.)
/** What a server answers to history { after } — the next page, oldest first. */
const pageAfter = (all: WireMessage[], after: string) =>
  all.filter((item) => Number(item.id) > Number(after)).slice(0, HISTORY_MAX);

function catchUp(state: RoomState, all: WireMessage[]): RoomState {
  let current = state;
  for (let guard = 0; current.catchUpFrom !== undefined && guard < 1000; guard += 1) {
    const after = current.catchUpFrom;
    current = roomReducer(current, {
      type: "caught-up",
      after,
      messages: pageAfter(all, after),
      pageSize: HISTORY_MAX,
    });
  }
  return current;
}

describe("joining", () => {
  it("holds the latest page in id order, knows it is contiguous, and where the unread start", () => {
    const state = run([{ type: "joined", answer: joinAnswer(range(1, 50), { lastReadMessageId: "40" }) }]);
    expect(ids(state)).toEqual(range(1, 50).map((item) => item.id));
    expect(state).toMatchObject({
      heldThrough: "50",
      catchUpFrom: undefined,
      mayHaveEarlier: true,
      firstUnreadId: "41",
    });
  });

  it("holds an empty room from its start", () => {
    const state = run([{ type: "joined", answer: joinAnswer([]) }]);
    expect(state).toMatchObject({ heldThrough: roomStart, mayHaveEarlier: false, firstUnreadId: undefined });
  });
});

describe("catching up after a lost connection", () => {
  it.each([80, 130, 1_000])("shows every one of %i messages missed, in order, with no doubles", (missed) => {
    const before = range(1, 60);
    const all = range(1, 60 + missed);
    let state = run([
      { type: "joined", answer: joinAnswer(latestPage(before)) },
      { type: "connection", connection: "reconnecting" },
      { type: "connection", connection: "connected" },
      { type: "joined", answer: joinAnswer(latestPage(all)) },
    ]);
    expect(state.catchUpFrom).toBe("60");
    state = catchUp(state, all);
    expect(ids(state)).toEqual(all.slice(10).map((item) => item.id));
    expect(state).toMatchObject({ heldThrough: String(60 + missed), catchUpFrom: undefined });
  });

  it("needs no catch-up when the join page reaches back into what is held", () => {
    const state = run([
      { type: "joined", answer: joinAnswer(range(1, 50)) },
      { type: "joined", answer: joinAnswer(range(11, 60)) },
    ]);
    expect(state).toMatchObject({ heldThrough: "60", catchUpFrom: undefined });
  });

  it("needs no catch-up when the room is shorter than a page", () => {
    const state = run([
      { type: "joined", answer: joinAnswer([]) },
      { type: "joined", answer: joinAnswer(range(1, 20)) },
    ]);
    expect(state).toMatchObject({ heldThrough: "20", catchUpFrom: undefined });
  });

  it("does not trust live frames: the cursor moves only with contiguous pages", () => {
    const state = run([
      { type: "joined", answer: joinAnswer(range(1, 50)) },
      { type: "message-new", message: message(53) },
      { type: "message-new", message: message(51) },
    ]);
    expect(ids(state).slice(-2)).toEqual(["51", "53"]);
    expect(state.heldThrough).toBe("50");
  });

  it("places a newcomer's message approved late in its id order, live or on a rejoin", () => {
    // 48 waited for a moderator (never sent to this reader); 49 and 50 were shown at once.
    const page = range(1, 50).filter((item) => item.id !== "48");
    const live = run([
      { type: "joined", answer: joinAnswer(page) },
      { type: "message-new", message: message(48) },
    ]);
    expect(ids(live).slice(-3)).toEqual(["48", "49", "50"]);
    expect(live.heldThrough).toBe("50");

    const away = run([
      { type: "joined", answer: joinAnswer(page) },
      { type: "connection", connection: "reconnecting" },
      {
        type: "joined",
        after: "50",
        answer: {
          ...joinAnswer([]),
          catchUp: { missed: 0, more: false },
          changed: [message(48)],
          removedIds: [],
        },
      },
    ]);
    expect(ids(away).slice(-3)).toEqual(["48", "49", "50"]);
  });

  it("drops a message shown live above what is held once the rejoin says it was held back meanwhile", () => {
    // 51 and 52 arrived live (heldThrough stays 50); 52 was held back for review while away.
    const state = run([
      { type: "joined", answer: joinAnswer(range(1, 50)) },
      { type: "message-new", message: message(51) },
      { type: "message-new", message: message(52) },
      { type: "connection", connection: "reconnecting" },
      {
        type: "joined",
        after: "50",
        answer: {
          ...joinAnswer([message(51)]),
          catchUp: { missed: 1, more: false },
          changed: [],
          removedIds: ["52"],
        },
      },
    ]);
    expect(ids(state).slice(-2)).toEqual(["50", "51"]);
    expect(state).toMatchObject({ heldThrough: "51", catchUpFrom: undefined });
  });

  it("merges a late answer for an old cursor without moving the cursor back", () => {
    const all = range(1, 300);
    let state = run([
      { type: "joined", answer: joinAnswer(range(1, 50)) },
      { type: "joined", answer: joinAnswer(latestPage(all)) },
    ]);
    state = roomReducer(state, {
      type: "caught-up",
      after: "50",
      messages: pageAfter(all, "50"),
      pageSize: HISTORY_MAX,
    });
    const cursor = state.catchUpFrom;
    state = roomReducer(state, {
      type: "caught-up",
      after: "50",
      messages: pageAfter(all, "50"),
      pageSize: HISTORY_MAX,
    });
    expect(state.catchUpFrom).toBe(cursor);
    expect(new Set(ids(state)).size).toBe(ids(state).length);
  });
});

describe("told to catch up on a connection that stayed up (Redis was away)", () => {
  it("pages forward from the last contiguous id and shows what was missed, once, in order", () => {
    const all = range(1, 260);
    let state = run([
      { type: "joined", answer: joinAnswer(range(1, 50)) },
      { type: "message-new", message: message(120) }, // a frame from this process; others were lost
      { type: "resync" },
    ]);
    expect(state.catchUpFrom).toBe("50");
    state = catchUp(state, all);
    expect(ids(state)).toEqual(all.map((item) => item.id));
    expect(state).toMatchObject({ heldThrough: "260", catchUpFrom: undefined });
  });

  it("ignores the signal before joining and while a catch-up is already running", () => {
    expect(roomReducer(initialRoomState(), { type: "resync" }).catchUpFrom).toBeUndefined();
    const catching = run([
      { type: "joined", answer: joinAnswer(range(1, 50)) },
      { type: "joined", answer: joinAnswer(range(200, 249)) },
    ]);
    expect(roomReducer(catching, { type: "resync" }).catchUpFrom).toBe("50");
  });
});

describe("live changes", () => {
  it("keeps the reader's own reactions when someone else's edit arrives", () => {
    const mine = message(2, { reactions: { counts: { heart: 1 }, mine: ["heart"] } });
    const state = run([
      { type: "joined", answer: joinAnswer([message(1), mine]) },
      {
        type: "message-updated",
        message: message(2, { body: "edited", reactions: { counts: { heart: 1 }, mine: [] } }),
      },
    ]);
    expect(state.messages[1]).toMatchObject({ body: "edited", reactions: { mine: ["heart"] } });
  });

  it("drops a hidden message, a blocked author's messages, and everything on removal", () => {
    const other = message(3, { author: { id: "blocked", pseudonym: "B" } });
    let state = run([
      { type: "joined", answer: joinAnswer([message(1), message(2), other]) },
      { type: "message-removed", messageId: "1" },
      { type: "author-blocked", userId: "blocked" },
    ]);
    expect(ids(state)).toEqual(["2"]);
    state = roomReducer(state, { type: "removed" });
    expect(state).toMatchObject({ joined: false, messages: [], joinError: { code: "removed" } });
  });

  it("applies room changes, and asks for the guidelines again when they change", () => {
    const state = run([
      { type: "joined", answer: joinAnswer([]) },
      { type: "room-changed", change: { id: roomId, slowModeSeconds: 30 } },
      { type: "room-changed", change: { id: "other-room", locked: true } },
      { type: "room-changed", change: { id: roomId, guidelinesVersion: 2, guidelines: "New" } },
    ]);
    expect(state.room).toMatchObject({
      slowModeSeconds: 30,
      locked: false,
      guidelinesVersion: 2,
      guidelines: "New",
    });
    expect(state.membership?.guidelinesAccepted).toBe(false);
  });
});

describe("sending", () => {
  const draft: PendingMessage = {
    clientId: "client-9",
    body: "hello",
    contentWarning: null,
    state: "waiting",
  };

  it("waits for the connection, sends, and is replaced by the stored message", () => {
    let state = run([
      { type: "joined", answer: joinAnswer([]) },
      { type: "send-queued", message: draft },
    ]);
    expect(state.pending).toEqual([draft]);
    state = run(
      [
        { type: "send-started", clientId: "client-9" },
        { type: "connection", connection: "reconnecting" },
      ],
      state,
    );
    expect(state.pending[0]?.state).toBe("waiting");
    state = run(
      [
        { type: "send-started", clientId: "client-9" },
        { type: "send-acked", message: message(9) },
      ],
      state,
    );
    expect(state.pending).toEqual([]);
    expect(ids(state)).toEqual(["9"]);
  });

  it("drops a pending message that the room shows as stored", () => {
    const state = run([
      { type: "send-queued", message: draft },
      { type: "joined", answer: joinAnswer([message(9)]) },
    ]);
    expect(state.pending).toEqual([]);
  });

  it("keeps a refused message with the reason until it is retried or discarded", () => {
    let state = run([
      { type: "send-queued", message: draft },
      { type: "send-failed", clientId: "client-9", error: "slow mode" },
    ]);
    expect(state.pending[0]).toMatchObject({ state: "failed", error: "slow mode" });
    state = roomReducer(state, { type: "send-waiting", clientId: "client-9" });
    expect(state.pending[0]).toMatchObject({ state: "waiting", error: undefined });
    expect(roomReducer(state, { type: "send-discarded", clientId: "client-9" }).pending).toEqual([]);
  });

  it("keeps what was written before the stored drafts were read back", () => {
    const kept: PendingMessage = { ...draft, clientId: "client-1" };
    const state = run([
      { type: "send-queued", message: draft },
      { type: "pending-restored", pending: [kept] },
    ]);
    expect(state.pending.map((item) => item.clientId)).toEqual(["client-1", "client-9"]);
    expect(state.pendingRestored).toBe(true);
  });
});

describe("a random life of drops, reconnects, out-of-order frames and edits", () => {
  // A seeded generator: the same seed replays the same life.
  function random(seed: number) {
    let value = seed;
    return () => {
      value = (value * 1_103_515_245 + 12_345) % 2 ** 31;
      return value / 2 ** 31;
    };
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("seed %i: the list always ends equal to the server's", (seed) => {
    const next = random(seed);
    const server: WireMessage[] = range(1, 30);
    let nextId = 31;
    let connected = true;
    let inFlight: WireMessage[] = [];
    let state = run([{ type: "joined", answer: joinAnswer(latestPage(server)) }]);

    for (let step = 0; step < 600; step += 1) {
      const roll = next();
      if (roll < 0.45) {
        // Someone posts, sometimes several at once (ids skip sometimes: other rooms share the
        // sequence).
        const burst = next() < 0.2 ? 1 + Math.floor(next() * 20) : 1;
        for (let i = 0; i < burst; i += 1) {
          nextId += next() < 0.3 ? 2 : 1;
          const posted = message(nextId);
          server.push(posted);
          if (connected) inFlight.push(posted);
        }
      } else if (roll < 0.65 && inFlight.length > 0) {
        // A live frame arrives, not always the oldest first.
        const index = Math.floor(next() * inFlight.length);
        const [frame] = inFlight.splice(index, 1);
        if (frame) state = roomReducer(state, { type: "message-new", message: frame });
      } else if (roll < 0.75 && server.length > 0) {
        // Someone edits a message; readers on line hear of it.
        const index = Math.floor(next() * server.length);
        const edited = { ...server[index]!, body: `edited at ${step}` };
        server[index] = edited;
        if (connected) state = roomReducer(state, { type: "message-updated", message: edited });
        inFlight = inFlight.map((item) => (item.id === edited.id ? edited : item));
      } else if (roll < 0.82 && connected) {
        // The connection drops: frames on their way are lost.
        connected = false;
        inFlight = [];
        state = roomReducer(state, { type: "connection", connection: "reconnecting" });
      } else if (roll < 0.86 && !connected) {
        connected = true;
        state = run(
          [
            { type: "connection", connection: "connected" },
            { type: "joined", answer: joinAnswer(latestPage(server)) },
          ],
          state,
        );
        state = catchUp(state, server);
      }
    }
    if (!connected) {
      state = run(
        [
          { type: "connection", connection: "connected" },
          { type: "joined", answer: joinAnswer(latestPage(server)) },
        ],
        state,
      );
      state = catchUp(state, server);
    }
    for (const frame of inFlight) state = roomReducer(state, { type: "message-new", message: frame });

    // Everything from the oldest message held onwards is exactly the server's, in order. (Edits
    // missed while away are the one thing a catch-up by id cannot bring back; they are not
    // compared here, only which messages are shown.)
    const oldest = Number(state.messages[0]?.id ?? "0");
    const expected = server.filter((item) => Number(item.id) >= oldest).map((item) => item.id);
    expect(ids(state)).toEqual(expected);
  });
});

describe("a random life with the server's help: rejoins say what is held and get what was missed and what changed", () => {
  // The server's side of the protocol (docs/protocol.md, Reconnecting), as the database answers it
  // for one reader: messages held back for review are not visible to them.
  interface Row {
    message: WireMessage;
    held: boolean;
    changedAt: number;
  }
  const visibleRows = (rows: Row[]) => rows.filter((row) => !row.held);
  const serverJoin = (rows: Row[], clock: number, after: string | undefined, since: string | undefined) => {
    const visible = visibleRows(rows).map((row) => row.message);
    if (after === undefined) return { ...joinAnswer(latestPage(visible)), syncedAt: String(clock) };
    const missed = visible.filter((item) => Number(item.id) > Number(after));
    const touched = rows.filter((row) => since !== undefined && row.changedAt > Number(since));
    const upToAfter = (row: Row) => Number(row.message.id) <= Number(after);
    return {
      ...joinAnswer(missed.slice(0, HISTORY_MAX)),
      syncedAt: String(clock),
      catchUp: { missed: missed.length, more: missed.length > HISTORY_MAX },
      ...(since !== undefined && {
        changed: touched.filter((row) => upToAfter(row) && !row.held).map((row) => row.message),
        // Held back since, below `after` or above it (shown live before the reader went away).
        removedIds: touched.filter((row) => row.held).map((row) => row.message.id),
      }),
    };
  };

  function random(seed: number) {
    let value = seed;
    return () => {
      value = (value * 1_103_515_245 + 12_345) % 2 ** 31;
      return value / 2 ** 31;
    };
  }
  // 200 lives by default (a few seconds); ROOM_STATE_SEEDS=2000 for a longer hunt. With 10, a message
  // shown live and then held back while the reader was away went unnoticed (47 of 300 failed).
  const seeds = Array.from({ length: Number(process.env.ROOM_STATE_SEEDS ?? 200) }, (_, i) => i + 1);
  // Frames about different messages interleave freely (two processes, the Redis adapter); those
  // about one message keep their order, as one process sends them. (Two changes to one message
  // made on two processes at once could arrive swapped: nothing on the wire orders them yet.)
  const frameMessageId = (event: RoomEvent) =>
    event.type === "message-removed"
      ? event.messageId
      : event.type === "message-new" || event.type === "message-updated"
        ? event.message.id
        : undefined;
  /** The earliest frame in flight about the same message as the one at `index`. */
  const firstOfItsMessage = (inFlight: RoomEvent[], index: number) => {
    const id = frameMessageId(inFlight[index] as RoomEvent);
    return inFlight.findIndex((event) => frameMessageId(event) === id);
  };

  it.each(seeds)("seed %i: ids and texts always end equal to the database's view", (seed) => {
    const next = random(seed);
    const rows: Row[] = range(1, 30).map((item) => ({ message: item, held: false, changedAt: 0 }));
    let clock = 1;
    let nextId = 31;
    let connected = true;
    let inFlight: RoomEvent[] = [];
    const deliver = (event: RoomEvent) => {
      if (connected) inFlight.push(event);
    };
    const text = (item: WireMessage) => `${item.id}:${item.body}`;
    /** Ids and texts shown equal the database's view from the oldest one held (up to `upTo`). */
    const expectDatabaseView = (state: RoomState, upTo = Infinity) => {
      const oldest = Number(state.messages[0]?.id ?? "0");
      const shown = state.messages.filter((item) => Number(item.id) <= upTo);
      const truth = visibleRows(rows)
        .map((row) => row.message)
        .filter((item) => Number(item.id) >= oldest && Number(item.id) <= upTo);
      const same =
        shown.length === truth.length &&
        shown.every((item, index) => item.id === truth[index]?.id && item.body === truth[index]?.body);
      if (!same) expect(shown.map(text)).toEqual(truth.map(text));
    };
    const rejoin = (state: RoomState) => {
      const after = state.heldThrough;
      let current = run(
        [
          { type: "connection", connection: "connected" },
          { type: "joined", answer: serverJoin(rows, clock, after, state.syncedAt), after },
        ],
        state,
      );
      current = catchUp(
        current,
        visibleRows(rows).map((row) => row.message),
      );
      // Everything up to the cursor is now exactly the database's view.
      expectDatabaseView(current, Number(current.heldThrough ?? "0"));
      return current;
    };

    let state = run([{ type: "joined", answer: serverJoin(rows, clock, undefined, undefined) }]);
    for (let step = 0; step < 800; step += 1) {
      clock += 1;
      const roll = next();
      if (roll < 0.35) {
        const burst = next() < 0.2 ? 1 + Math.floor(next() * 60) : 1;
        for (let i = 0; i < burst; i += 1) {
          nextId += next() < 0.3 ? 2 : 1;
          const row = { message: message(nextId), held: false, changedAt: clock };
          rows.push(row);
          deliver({ type: "message-new", message: row.message });
        }
      } else if (roll < 0.55 && inFlight.length > 0) {
        const index = firstOfItsMessage(inFlight, Math.floor(next() * inFlight.length));
        const [frame] = inFlight.splice(index, 1);
        if (frame) state = roomReducer(state, frame);
      } else if (roll < 0.68) {
        const row = rows[Math.floor(next() * rows.length)] as Row;
        row.message = { ...row.message, body: `edited at ${step}` };
        row.changedAt = clock;
        if (!row.held) deliver({ type: "message-updated", message: row.message });
      } else if (roll < 0.73) {
        // A moderator's hold (or its release): readers lose the message, or get it back.
        const row = rows[Math.floor(next() * rows.length)] as Row;
        row.held = !row.held;
        row.changedAt = clock;
        deliver(
          row.held
            ? { type: "message-removed", messageId: row.message.id }
            : { type: "message-new", message: row.message },
        );
      } else if (roll < 0.8 && connected) {
        connected = false;
        inFlight = [];
        state = roomReducer(state, { type: "connection", connection: "reconnecting" });
      } else if (roll < 0.85 && !connected) {
        connected = true;
        state = rejoin(state);
      }
    }
    if (!connected) {
      connected = true;
      state = rejoin(state);
    }
    // Frames still on their way arrive, in the order they were sent (a frame per message stays in order).
    for (const frame of inFlight) state = roomReducer(state, frame);
    expectDatabaseView(state);
  });
});
