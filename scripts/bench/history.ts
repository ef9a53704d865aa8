// History and catch-up pages in a room of many messages (seeded in SQL with generate_series).
// Measured inside: the services are called in this process against the same database (the code
// the server runs, without the socket), timing each call and counting the statements it sends to
// PostgreSQL; and from outside, over a socket to the running Hearth process.
import pg from "pg";
import { io, type Socket } from "socket.io-client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { summarize } from "@/scripts/bench/stats";

const warmUpRounds = 20;

export interface HistoryCase {
  name: string;
  serverMs: ReturnType<typeof summarize>;
  /** PostgreSQL statements per call (the most seen): each is a round trip at most. */
  statements: number;
  clientMs: ReturnType<typeof summarize>;
  messagesPerCall: number;
}

/** Seeds `count` messages in one room, written by its members in turn, and a reaction on every 20th. */
export async function seedMessages(
  databaseUrl: string,
  roomId: string,
  authorIds: string[],
  count: number,
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    await client.query(
      `INSERT INTO "Message" ("roomId", "authorId", "clientId", body, "createdAt")
       SELECT $1::uuid, ($2::uuid[])[1 + i % cardinality($2::uuid[])], gen_random_uuid(),
              'message number ' || i || ', a few words long as chat messages are', now() - (($3 - i) || ' ms')::interval
       FROM generate_series(1, $3) AS i`,
      [roomId, authorIds, count],
    );
    await client.query(
      `INSERT INTO "Reaction" ("messageId", "userId", kind)
       SELECT m.id, ($1::uuid[])[1 + (m.id % cardinality($1::uuid[]))::int], 'heart'
       FROM "Message" m WHERE m.id % 20 = 0 ON CONFLICT DO NOTHING`,
      [authorIds],
    );
    await client.query(`ANALYZE "Message"; ANALYZE "Reaction"`);
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

export async function runHistory(options: {
  databaseUrl: string;
  appUrl: string;
  roomId: string;
  readers: { id: string; pseudonym: string; cookie: string }[];
  calls: number;
}): Promise<HistoryCase[]> {
  // The services read DATABASE_URL through env() on first use: this process talks to the bench's database.
  process.env.DATABASE_URL = options.databaseUrl;
  process.env.RATE_LIMIT_SCALE = "1000"; // as the bench's Hearth process runs
  const statements = countStatements();
  const { readHistory } = await import("@/lib/server/services/messages/read-history");
  const { joinRoom } = await import("@/lib/server/services/rooms/join-room");
  const { disconnectDb } = await import("@/lib/server/db");
  const bounds = await idBounds(options.databaseUrl, options.roomId);
  const span = Number(bounds.max - bounds.min);
  const randomId = () => (bounds.min + BigInt(Math.floor(Math.random() * span))).toString();
  const recent = () => (bounds.max - BigInt(1 + Math.floor(Math.random() * 40))).toString();

  const sockets = await Promise.all(options.readers.map((reader) => connect(options.appUrl, reader.cookie)));
  const actors: MemberActor[] = options.readers.map((reader) => ({
    kind: "member",
    userId: reader.id,
    pseudonym: reader.pseudonym,
    siteRole: "member",
    sessionVersion: 1,
    sessionId: "00000000-0000-0000-0000-000000000000",
    secondFactorAt: null,
    staffPowers: "ready",
  }));
  const cases: { name: string; input: () => Record<string, unknown>; event: "history" | "room:join" }[] = [
    { name: "history: latest page", event: "history", input: () => ({ roomId: options.roomId }) },
    {
      name: "history: before a random id",
      event: "history",
      input: () => ({ roomId: options.roomId, before: randomId() }),
    },
    {
      name: "history: catch-up after a recent id",
      event: "history",
      input: () => ({ roomId: options.roomId, after: recent(), limit: 100 }),
    },
    {
      name: "rejoin: catch-up (after + changedSince)",
      event: "room:join",
      input: () => ({
        roomId: options.roomId,
        after: recent(),
        changedSince: new Date(Date.now() - 60_000).toISOString(),
      }),
    },
  ];
  const results: HistoryCase[] = [];
  try {
    // A server answers these all day: every case runs a few times first, so the figures are a
    // warm process's (code compiled, plans cached, connections open), not the first minute's.
    for (let round = 0; round < warmUpRounds; round++)
      for (const [index, testCase] of cases.entries()) {
        const actor = actors[(round + index) % actors.length] as MemberActor;
        const input = testCase.input();
        if (testCase.event === "history") await readHistory(actor, input);
        else await joinRoom(actor, input, async () => {});
      }
    for (const testCase of cases) {
      const serverMs: number[] = [];
      const clientMs: number[] = [];
      let most = 0;
      let messages = 0;
      for (let call = 0; call < options.calls; call++) {
        const reader = call % actors.length;
        const actor = actors[reader] as MemberActor;
        const input = testCase.input();
        statements.reset();
        const started = performance.now();
        const answer =
          testCase.event === "history"
            ? await readHistory(actor, input)
            : await joinRoom(actor, input, async () => {});
        serverMs.push(performance.now() - started);
        most = Math.max(most, statements.count());
        messages += answer.messages.length;
        const asked = performance.now();
        const overSocket = (await (sockets[reader] as Socket)
          .timeout(10_000)
          .emitWithAck(testCase.event, input)) as {
          ok: boolean;
          error?: unknown;
        };
        clientMs.push(performance.now() - asked);
        if (!overSocket.ok) throw new Error(`${testCase.name} refused: ${JSON.stringify(overSocket.error)}`);
      }
      results.push({
        name: testCase.name,
        serverMs: summarize(serverMs),
        statements: most,
        clientMs: summarize(clientMs.slice(5)), // the socket's first calls warm the server process
        messagesPerCall: messages / options.calls,
      });
    }
  } finally {
    for (const socket of sockets) socket.close();
    await disconnectDb();
  }
  return results;
}

/** Counts the statements this process sends through pg (Prisma's driver adapter uses it too). */
function countStatements(): { reset(): void; count(): number } {
  let count = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return { reset: () => void (count = 0), count: () => count };
}

async function idBounds(databaseUrl: string, roomId: string): Promise<{ min: bigint; max: bigint }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT min(id)::text AS min, max(id)::text AS max FROM "Message" WHERE "roomId" = $1`,
    [roomId],
  );
  await client.end();
  return { min: BigInt(rows[0].min), max: BigInt(rows[0].max) };
}

async function connect(url: string, cookie: string): Promise<Socket> {
  const socket = io(url, { transports: ["websocket"], reconnection: false, extraHeaders: { cookie } });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}
