// Load for fault tests: connected people sending at a steady rate while something breaks, with a
// record of every send (when, and what answer, if any) and every live frame each one received.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { io, type Socket } from "socket.io-client";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { ErrorBody } from "@/lib/shared/errors";
import type { MintedPerson } from "@/tests/setup/minted-people";

export interface Talker {
  person: MintedPerson;
  socket: Socket;
  /** Every message:new frame this socket received, in arrival order. */
  received: WireMessage[];
  resyncs: number[];
}

export interface SendRecord {
  clientId: string;
  talker: number;
  roomId: string;
  sentAt: number;
  answeredAt?: number;
  ok?: boolean;
  messageId?: string;
  error?: ErrorBody;
  /** The socket was closed before an answer came (counted apart from unanswered sends). */
  disconnected?: boolean;
}

export async function connectTalker(
  url: string,
  person: MintedPerson,
  reconnection = false,
): Promise<Talker> {
  const socket = io(url, {
    transports: ["websocket"],
    reconnection,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1_000,
    extraHeaders: { cookie: person.cookie },
    timeout: 10_000,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const talker: Talker = { person, socket, received: [], resyncs: [] };
  socket.on("message:new", (message: WireMessage) => talker.received.push(message));
  socket.on("room:resync", () => talker.resyncs.push(Date.now()));
  return talker;
}

export async function joinRoom(
  talker: Talker,
): Promise<{ ok: boolean; error?: ErrorBody; messages?: WireMessage[] }> {
  return talker.socket
    .timeout(15_000)
    .emitWithAck("room:join", { roomId: talker.person.roomId, acceptGuidelines: true });
}

/** Sends `ratePerSecond` messages in total, round-robin over the talkers, until stopped. */
export function startChatter(talkers: Talker[], ratePerSecond: number, answerWaitMs = 20_000) {
  const records: SendRecord[] = [];
  const answers: Promise<void>[] = [];
  let stopped = false;
  let next = 0;
  const started = performance.now();
  let sent = 0;
  const tick = setInterval(() => {
    const due = Math.floor(((performance.now() - started) * ratePerSecond) / 1000);
    for (; sent < due && !stopped; sent++) {
      const index = next;
      next = (next + 1) % talkers.length;
      const talker = talkers[index] as Talker;
      if (!talker.socket.connected) continue;
      const record: SendRecord = {
        clientId: randomUUID(),
        talker: index,
        roomId: talker.person.roomId,
        sentAt: Date.now(),
      };
      records.push(record);
      answers.push(
        talker.socket
          .timeout(answerWaitMs)
          .emitWithAck("message:send", {
            roomId: record.roomId,
            clientId: record.clientId,
            body: `fault load ${record.clientId}`,
          })
          .then(
            (answer: { ok: boolean; message?: WireMessage; error?: ErrorBody }) => {
              record.answeredAt = Date.now();
              record.ok = answer.ok;
              record.messageId = answer.message?.id;
              record.error = answer.error;
            },
            () => {
              if (!talker.socket.connected) record.disconnected = true;
            },
          ),
      );
    }
  }, 10);
  return {
    records,
    async stop(): Promise<SendRecord[]> {
      stopped = true;
      clearInterval(tick);
      await Promise.all(answers);
      return records;
    },
  };
}

/** How many rows each clientId has in the database. */
export async function storedCounts(
  databaseUrl: string,
  clientIds: string[],
): Promise<Map<string, { count: number; id: string }>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ clientId: string; count: number; id: string }>(
      `SELECT "clientId"::text AS "clientId", count(*)::int AS count, min(id)::text AS id
       FROM "Message" WHERE "clientId" = ANY($1::uuid[]) GROUP BY "clientId"`,
      [clientIds],
    );
    return new Map(rows.map((row) => [row.clientId, { count: row.count, id: row.id }]));
  } finally {
    await client.end();
  }
}

/** The facts every fault test asserts about its sends, gathered in one object for one expect(). */
export async function auditSends(databaseUrl: string, records: SendRecord[], withinMs: number) {
  const stored = await storedCounts(
    databaseUrl,
    records.map((record) => record.clientId),
  );
  const acked = records.filter((record) => record.ok === true);
  const refused = records.filter((record) => record.ok === false);
  const codes: Record<string, number> = {};
  for (const record of refused)
    codes[record.error?.code ?? "?"] = (codes[record.error?.code ?? "?"] ?? 0) + 1;
  const slowest = Math.max(
    0,
    ...records.filter((r) => r.answeredAt).map((r) => (r.answeredAt as number) - r.sentAt),
  );
  return {
    sent: records.length,
    acked: acked.length,
    refused: refused.length,
    codes,
    slowestAnswerMs: slowest,
    unanswered: records.filter((record) => record.ok === undefined && !record.disconnected).length,
    answeredLate: records.filter((r) => r.answeredAt !== undefined && r.answeredAt - r.sentAt > withinMs)
      .length,
    ackedNotStoredOnce: acked.filter((record) => {
      const row = stored.get(record.clientId);
      return !row || row.count !== 1 || row.id !== record.messageId;
    }).length,
    /** Cut off by the connection closing, yet stored: the server had it and did not answer. */
    disconnectedButStored: records.filter((record) => record.disconnected && stored.has(record.clientId))
      .length,
    disconnected: records.filter((record) => record.disconnected).length,
    /** Said to be unsaved when it was saved. */
    saidUnsavedButStored: refused.filter(
      (record) => /nothing was saved/i.test(record.error?.message ?? "") && stored.has(record.clientId),
    ).length,
  };
}
