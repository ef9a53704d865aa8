// npm run bench:chat -- [--clients 1000] [--rooms 100] [--rate 1000 | --saturate] [--seconds 10]
// Starts Hearth (production build) on a fresh database, connects N authenticated clients in M
// rooms, offers a message rate for T seconds, and prints sent, acked, delivered, lost,
// duplicated, send→ack and send→received percentiles and messages/s; then runs the same load
// against a bare Socket.IO server (no auth, no database) and prints each figure as a ratio.
// Accounts are written straight into the database and their session cookies minted with
// next-auth's own encoder: setting up 1,000 people through argon2 would take minutes and is
// not what is measured. PostgreSQL: TEST_DATABASE_URL / DATABASE_URL, else embedded.
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashSecret } from "@/lib/server/auth/passwords";
import { migrateDatabase } from "@/lib/server/database/migrate";
import { runLoad, type LoadResult } from "@/scripts/bench/chat-load";
import { startAppProcess, testSecret } from "@/tests/setup/app-process";
import { startPostgresServer } from "@/tests/setup/postgres-server";
import { createDatabase } from "@/tests/setup/test-database";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const clients = option("clients", 1000);
const rooms = option("rooms", 100);
const rate = process.argv.includes("--saturate") ? 0 : option("rate", 1000);
const seconds = option("seconds", 10);
const root = path.resolve(import.meta.dirname, "..");

console.log(
  `bench:chat — ${clients} clients in ${rooms} rooms, ${rate ? `${rate} msg/s offered` : "saturation (each client sends again once acked)"}, ${seconds} s`,
);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);

const postgres = await startPostgresServer();
const database = await createDatabase(postgres.adminUrl, { prefix: "hearth_bench" });
await migrateDatabase(database.url, path.join(root, "prisma", "migrations"));
const app = await startAppProcess({
  databaseUrl: database.url,
  env: { RATE_LIMIT_SCALE: "1000", SEED_DEMO_DATA: "never", LOG_LEVEL: "error" },
});
const bare = await startBareServer();

try {
  const { roomIds, cookies } = await createPeopleAndRooms(database.url);
  const roomOf = (client: number) => roomIds[client % rooms] as string;

  const hearth = await runLoad({ url: app.url, cookies, roomOf, rate, seconds });
  const committed = await countMessages(database.url);
  const baseline = await runLoad({ url: bare.url, cookies: cookies.map(() => ""), roomOf, rate, seconds });
  report(hearth, baseline, committed);
} finally {
  bare.stop();
  await app.stop();
  await database.drop();
  await postgres.stop();
}

async function createPeopleAndRooms(url: string): Promise<{ roomIds: string[]; cookies: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const passwordHash = await hashSecret("bench password unused");
    const topic = await client.query(
      `INSERT INTO "Topic" (slug, name, "updatedAt") VALUES ('bench', 'Bench', now()) RETURNING id`,
    );
    const roomRows = await client.query(
      `INSERT INTO "Room" ("topicId", slug, name, guidelines, capacity, "updatedAt")
       SELECT $1, 'bench-' || i, 'Bench ' || i, 'Be kind.', $2, now() FROM generate_series(1, $3) AS i ORDER BY i RETURNING id`,
      [topic.rows[0].id, Math.ceil(clients / rooms), rooms],
    );
    const userRows = await client.query(
      `INSERT INTO "User" (pseudonym, "pseudonymKey", "passwordHash", "recoveryCodeHash", "updatedAt")
       SELECT 'Bench ' || i, 'bench' || i, $1, $1, now() FROM generate_series(1, $2) AS i ORDER BY i RETURNING id, pseudonym`,
      [passwordHash, clients],
    );
    const cookies = await Promise.all(
      userRows.rows.map(async (user: { id: string; pseudonym: string }) => {
        const token = await encode({
          token: { sub: user.id, name: user.pseudonym, sv: 1 },
          secret: testSecret,
        });
        return `next-auth.session-token=${token}`;
      }),
    );
    return { roomIds: roomRows.rows.map((row: { id: string }) => row.id), cookies };
  } finally {
    await client.end();
  }
}

async function countMessages(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS count FROM "Message"`);
  await client.end();
  return rows[0].count as number;
}

async function startBareServer(): Promise<{ url: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts", "bench", "bare-socket-server.ts")],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
  );
  const port = await new Promise<number>((resolve) =>
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /PORT (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    }),
  );
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

function report(hearth: LoadResult, baseline: LoadResult, committed: number) {
  const rows: [string, number, number][] = [
    ["sent", hearth.sent, baseline.sent],
    ["acked", hearth.acked, baseline.acked],
    ["failed", hearth.failed, baseline.failed],
    ["deliveries expected", hearth.expectedDeliveries, baseline.expectedDeliveries],
    ["delivered", hearth.delivered, baseline.delivered],
    ["lost", hearth.lost, baseline.lost],
    ["duplicated", hearth.duplicated, baseline.duplicated],
    ["send→ack p50 ms", hearth.ackMs.p50, baseline.ackMs.p50],
    ["send→ack p95 ms", hearth.ackMs.p95, baseline.ackMs.p95],
    ["send→ack p99 ms", hearth.ackMs.p99, baseline.ackMs.p99],
    ["send→ack max ms", hearth.ackMs.max, baseline.ackMs.max],
    ["send→received p50 ms", hearth.receiveMs.p50, baseline.receiveMs.p50],
    ["send→received p95 ms", hearth.receiveMs.p95, baseline.receiveMs.p95],
    ["send→received p99 ms", hearth.receiveMs.p99, baseline.receiveMs.p99],
    ["send→received max ms", hearth.receiveMs.max, baseline.receiveMs.max],
    ["messages/s (acked)", hearth.messagesPerSecond, baseline.messagesPerSecond],
  ];
  const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
  console.log(`${"".padEnd(24)}${"hearth".padStart(12)}${"bare".padStart(12)}${"ratio".padStart(10)}`);
  for (const [name, ours, theirs] of rows) {
    const ratio = theirs === 0 ? (ours === 0 ? "—" : "∞") : (ours / theirs).toFixed(2);
    console.log(
      `${name.padEnd(24)}${format(ours).padStart(12)}${format(theirs).padStart(12)}${ratio.padStart(10)}`,
    );
  }
  console.log(
    `\ncommitted rows in PostgreSQL: ${committed} (acked ${hearth.acked}${committed === hearth.acked ? ", every acked message stored" : ", MISMATCH"})`,
  );
}
