// The baseline: a bare Socket.IO server doing the same broadcast work as Hearth, with no
// authentication, no validation and no database. Prints its port when ready (BARE_PORT, else a free one).
// With BARE_COMMIT_DATABASE_URL it is the floor for a durable chat instead (`--floor`): each
// message is inserted into PostgreSQL and committed before it is acked and broadcast, the sends
// arriving together in one statement (as Hearth batches them), over node-postgres directly.
import { createServer } from "node:http";
import pg from "pg";
import { Server } from "socket.io";

interface Sent {
  roomId: string;
  clientId: string;
  body: string;
  ack: (answer: unknown) => void;
}

const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 8 * 1024 });
const commitUrl = process.env.BARE_COMMIT_DATABASE_URL;
const maxInFlight = Number(process.env.BARE_COMMIT_IN_FLIGHT ?? 1);
const pool = commitUrl ? new pg.Pool({ connectionString: commitUrl, max: maxInFlight }) : undefined;
if (pool)
  await pool.query(`CREATE TABLE IF NOT EXISTS bare_message (
    id bigserial PRIMARY KEY, room_id text NOT NULL, client_id text NOT NULL UNIQUE, body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now())`);
if (pool) await pool.query("CREATE INDEX IF NOT EXISTS bare_message_room ON bare_message (room_id, id)");

let nextId = 1;
function publish(sent: Sent, id: string) {
  const message = { id, roomId: sent.roomId, clientId: sent.clientId, body: sent.body };
  io.to(`room:${sent.roomId}`).emit("message:new", message);
  sent.ack({ ok: true, message });
}

// At most BARE_COMMIT_IN_FLIGHT statements in flight (1: lowest latency and highest rate here,
// against 4 and 16); what arrives meanwhile waits for the next.
const waiting: Sent[] = [];
let inFlight = 0;
function commitWaiting() {
  if (!pool || inFlight >= maxInFlight || waiting.length === 0) return;
  const batch = waiting.splice(0, 200);
  inFlight++;
  pool
    .query<{ id: string }>(
      `INSERT INTO bare_message (room_id, client_id, body)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id`,
      [batch.map((sent) => sent.roomId), batch.map((sent) => sent.clientId), batch.map((sent) => sent.body)],
    )
    .then(
      ({ rows }) => batch.forEach((sent, index) => publish(sent, String(rows[index]?.id))),
      () => batch.forEach((sent) => sent.ack({ ok: false, error: { code: "unavailable" } })),
    )
    .finally(() => {
      inFlight--;
      commitWaiting();
    });
  commitWaiting();
}

io.on("connection", (socket) => {
  socket.on("room:join", (input: { roomId: string }, ack: (answer: unknown) => void) => {
    void socket.join(`room:${input.roomId}`);
    ack({ ok: true, messages: [] });
  });
  socket.on(
    "message:send",
    (input: { roomId: string; clientId: string; body: string }, ack: (answer: unknown) => void) => {
      const sent = { roomId: input.roomId, clientId: input.clientId, body: input.body, ack };
      if (!pool) return publish(sent, String(nextId++));
      waiting.push(sent);
      commitWaiting();
    },
  );
});
httpServer.listen(Number(process.env.BARE_PORT ?? 0), "127.0.0.1", () => {
  const address = httpServer.address();
  console.log(`PORT ${typeof address === "object" && address ? address.port : 0}`);
});
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (collectGarbage)
  process.on("SIGUSR2", () => {
    collectGarbage();
    console.log(`MEMORY ${JSON.stringify(process.memoryUsage())}`);
  });
process.on("SIGTERM", () => io.close(() => void Promise.resolve(pool?.end()).finally(() => process.exit(0))));
