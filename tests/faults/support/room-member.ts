// A member as the browser is one: the page's socket options (lib/client/socket.ts: polling first,
// then the WebSocket upgrade; reconnecting by itself), the room's state kept by the browser's own
// reducer (lib/client/room-state.ts), and the room hook's flows (components/chat/use-room-chat.ts):
// join on connect (a rejoin says what is held), page forward from `catchUpFrom`, and every unsent
// message sent again with its clientId once the room is joined. Only React is left out.
import { randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { heldRetryDelayMs, type PendingMessage } from "@/lib/client/pending-messages";
import { initialRoomState, roomReducer, type RoomEvent, type RoomState } from "@/lib/client/room-state";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { JoinAnswer } from "@/lib/shared/realtime-events";
import { HISTORY_MAX } from "@/lib/shared/limits";
import type { MintedPerson } from "@/tests/setup/minted-people";

// As lib/client/chat-requests.ts: an answer not back within 10 s counts as a lost connection.
const ackTimeoutMs = 10_000;
const lostConnection: ErrorBody = { code: "unavailable", message: "lost connection" };

export interface RoomMember {
  person: MintedPerson;
  socket: Socket;
  state(): RoomState;
  /** Every message:new frame, in arrival order, over every connection this member had. */
  frames: WireMessage[];
  /** Why each connection ended ("transport close" when a process stops). */
  disconnects: string[];
  /** Queues a message, as the composer does; it goes out when the room is joined. */
  say(body: string): string;
  /** clientIds said, in order. */
  said: string[];
  /** Sends that went again with the same clientId (unanswered, or answered `unavailable`). */
  resent: number;
  close(): void;
}

export async function connectMember(
  url: string,
  person: MintedPerson,
  extraCookie: string,
  /** ["polling"]: a browser where WebSockets are blocked (every request goes over HTTP). */
  transports?: ("polling" | "websocket")[],
): Promise<RoomMember> {
  const socket = io(url, {
    ...(transports && { transports }),
    withCredentials: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 4_000,
    // A browser at the app's origin sends its cookies and its Origin with every request.
    extraHeaders: { cookie: `${person.cookie}; ${extraCookie}`, origin: url },
  });
  let state = initialRoomState();
  let catchingUp: string | undefined;
  const sending = new Set<string>();
  const member: RoomMember = {
    person,
    socket,
    state: () => state,
    frames: [],
    disconnects: [],
    said: [],
    resent: 0,
    say(body) {
      const clientId = randomUUID();
      member.said.push(clientId);
      dispatch({ type: "send-queued", message: { clientId, body, contentWarning: null, state: "waiting" } });
      return clientId;
    },
    close: () => socket.close(),
  };

  async function ask<Answer>(
    event: string,
    payload: unknown,
  ): Promise<Answer | { ok: false; error: ErrorBody }> {
    try {
      return await socket.timeout(ackTimeoutMs).emitWithAck(event, payload);
    } catch {
      return { ok: false, error: lostConnection };
    }
  }

  function dispatch(event: RoomEvent) {
    state = roomReducer(state, event);
    // The hook's effects: what runs once the room is joined on a live connection.
    const ready = state.connection === "connected" && state.joined;
    if (!ready) return;
    for (const message of state.pending)
      if (message.state === "waiting" && !sending.has(message.clientId)) void deliver(message);
    if (state.catchUpFrom !== undefined && catchingUp !== state.catchUpFrom) void catchUp(state.catchUpFrom);
  }

  async function join() {
    const { everJoined, heldThrough, syncedAt } = state;
    const after = everJoined ? heldThrough : undefined;
    const answer = await ask<{ ok: true } & JoinAnswer>("room:join", {
      roomId: person.roomId,
      listenOnly: false,
      ...(after !== undefined && { after, ...(syncedAt && { changedSince: syncedAt }) }),
    });
    if (!answer.ok) dispatch({ type: "join-failed", error: answer.error });
    else dispatch({ type: "joined", answer, after });
  }

  async function catchUp(after: string) {
    catchingUp = after;
    for (;;) {
      const answer = await ask<{ ok: true; messages: WireMessage[] }>("history", {
        roomId: person.roomId,
        after,
        limit: HISTORY_MAX,
      });
      if (answer.ok) {
        dispatch({ type: "caught-up", after, messages: answer.messages, pageSize: HISTORY_MAX });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }

  const attempted = new Set<string>();
  async function deliver(message: PendingMessage) {
    if (attempted.has(message.clientId)) member.resent += 1;
    attempted.add(message.clientId);
    sending.add(message.clientId);
    dispatch({ type: "send-started", clientId: message.clientId });
    const answer = await ask<{ ok: true; message: WireMessage }>("message:send", {
      roomId: person.roomId,
      clientId: message.clientId,
      body: message.body,
      contentWarning: message.contentWarning,
    });
    sending.delete(message.clientId);
    if (answer.ok) dispatch({ type: "send-acked", message: answer.message });
    else if (answer.error === lostConnection) dispatch({ type: "send-waiting", clientId: message.clientId });
    else if (answer.error.code === "unavailable") {
      dispatch({ type: "send-held", clientId: message.clientId });
      setTimeout(
        () => dispatch({ type: "send-waiting", clientId: message.clientId }),
        heldRetryDelayMs(answer.error.retryAfterSeconds),
      );
    } else dispatch({ type: "send-failed", clientId: message.clientId, error: answer.error.message });
  }

  socket.on("connect", () => {
    dispatch({ type: "connection", connection: "connected" });
    void join();
  });
  socket.on("disconnect", (reason) => {
    member.disconnects.push(reason);
    catchingUp = undefined;
    dispatch({ type: "connection", connection: "reconnecting" });
  });
  socket.on("message:new", (message: WireMessage) => {
    member.frames.push(message);
    if (message.roomId === person.roomId) dispatch({ type: "message-new", message });
  });
  socket.on("room:resync", () => dispatch({ type: "resync" }));

  await new Promise<void>((resolve, reject) => {
    socket.once("connect_error", reject);
    const started = Date.now();
    const check = setInterval(() => {
      if (state.joined) {
        clearInterval(check);
        resolve();
      } else if (Date.now() - started > 20_000) {
        clearInterval(check);
        reject(new Error(`${person.pseudonym} did not join: ${JSON.stringify(state.joinError)}`));
      }
    }, 20);
  });
  return member;
}
