// npm run bench:chat -- [--clients 1000] [--rooms 100] [--rate 1000 | --saturate | --overload] [--seconds 10]
//   [--join-storm] [--cpu-prof]
// --overload: Hearth's saturation first (closed loop), then twice that offered at a steady pace
// (open loop) to Hearth and to the bare server: what is acked, what is refused and how fast.
// --cpu-prof: the Hearth process writes a V8 CPU profile into .bench-profiles/ (read it with
// scripts/bench/profile-summary.ts, or open it in Chrome DevTools).
// --join-storm: instead of messages, connects every client and then has all of them join their
// room at the same moment (first joins, accepting the guidelines), against Hearth and the bare
// server: how long until every join is answered, and how many were refused.
// Starts Hearth (production build) on a fresh database, connects N authenticated clients in M
// rooms, offers a message rate for T seconds, and prints sent, acked, delivered, lost,
// duplicated, send→ack and send→received percentiles and messages/s; then runs the same load
// against a bare Socket.IO server (no auth, no database) and prints each figure as a ratio.
// Accounts are written straight into the database and their session cookies minted with
// next-auth's own encoder: setting up 1,000 people through argon2 would take minutes and is
// not what is measured. PostgreSQL: TEST_DATABASE_URL / DATABASE_URL, else embedded.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "@/lib/server/database/migrate";
import { runLoad, type LoadResult } from "@/scripts/bench/chat-load";
import { runHistory, seedMessages } from "@/scripts/bench/history";
import { runIdleMemory } from "@/scripts/bench/idle-memory";
import { runJoinStorm, type JoinStormResult } from "@/scripts/bench/join-storm";
import { startAppProcess } from "@/tests/setup/app-process";
import { mintPeopleAndRooms } from "@/tests/setup/minted-people";
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
const joinStorm = process.argv.includes("--join-storm");
const overload = process.argv.includes("--overload");
const history = process.argv.includes("--history");
const memory = process.argv.includes("--memory");
// --processes 2: that many Hearth processes on one database, sharing rooms through Redis
// (REDIS_URL / TEST_REDIS_URL, else redis://127.0.0.1:6379); clients are dealt out in turn.
const processes = option("processes", 1);
// --floor: a third server beside Hearth and bare, the bare server with a durable commit of each
// message before its ack (scripts/bench/bare-socket-server.ts): what the commit alone costs here.
const floor = process.argv.includes("--floor");
const root = path.resolve(import.meta.dirname, "..");

/** What a load run prints, row by row. */
const loadFigures: [string, (result: LoadResult) => number][] = [
  ["sent", (result) => result.sent],
  ["acked", (result) => result.acked],
  ["failed", (result) => result.failed],
  ["  of which timeouts", (result) => result.timeouts],
  ["refusal p50 ms", (result) => result.refusedMs.p50],
  ["refusal p99 ms", (result) => result.refusedMs.p99],
  ["refusal max ms", (result) => result.refusedMs.max],
  ["deliveries expected", (result) => result.expectedDeliveries],
  ["delivered", (result) => result.delivered],
  ["lost", (result) => result.lost],
  ["duplicated", (result) => result.duplicated],
  ["delivered, not acked", (result) => result.deliveredUnacked],
  ["send→ack p50 ms", (result) => result.ackMs.p50],
  ["send→ack p95 ms", (result) => result.ackMs.p95],
  ["send→ack p99 ms", (result) => result.ackMs.p99],
  ["send→ack max ms", (result) => result.ackMs.max],
  ["send→received p50 ms", (result) => result.receiveMs.p50],
  ["send→received p95 ms", (result) => result.receiveMs.p95],
  ["send→received p99 ms", (result) => result.receiveMs.p99],
  ["send→received max ms", (result) => result.receiveMs.max],
  ["messages/s (acked)", (result) => result.messagesPerSecond],
];

console.log(
  joinStorm
    ? `bench:chat --join-storm — ${clients} clients joining ${rooms} rooms at once`
    : `bench:chat — ${clients} clients in ${rooms} rooms, ${rate ? `${rate} msg/s offered` : "saturation (each client sends again once acked)"}, ${seconds} s`,
);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
  `calibration: ${calibrationMs().toFixed(0)} ms for 10⁸ additions in a JavaScript loop (lower is faster)`,
);
console.log(
  `date: ${new Date().toISOString()}, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(" ")}\n`,
);
// --cpu-prof: the Hearth process writes a V8 CPU profile (open it in Chrome DevTools) when it stops.
const cpuProfileDirectory = process.argv.includes("--cpu-prof")
  ? path.join(root, ".bench-profiles")
  : undefined;
if (cpuProfileDirectory) mkdirSync(cpuProfileDirectory, { recursive: true });

const postgres = await startPostgresServer();
const database = await createDatabase(postgres.adminUrl, { prefix: "hearth_bench" });
await migrateDatabase(database.url, path.join(root, "prisma", "migrations"));
const redisEnv: Record<string, string> =
  processes > 1
    ? {
        REDIS_URL: process.env.REDIS_URL || process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379",
        REDIS_KEY_PREFIX: `hearth-bench-${randomBytes(4).toString("hex")}`,
      }
    : {};
// A Hearth that fails to start must not leave the bench's PostgreSQL running behind it.
const apps = await Promise.all(
  Array.from({ length: processes }, () =>
    startAppProcess({
      databaseUrl: database.url,
      env: { RATE_LIMIT_SCALE: "1000", SEED_DEMO_DATA: "never", LOG_LEVEL: "error", ...redisEnv },
      nodeArgs: [
        "--expose-gc", // only the memory mode asks (SIGUSR2: collect, then print process.memoryUsage())
        ...(cpuProfileDirectory ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDirectory}`] : []),
      ],
    }),
  ),
).catch(async (error: unknown) => {
  await database.drop();
  await postgres.stop();
  throw error;
});
const app = apps[0] as (typeof apps)[number];
const appUrls = apps.map((each) => each.url);
if (processes > 1)
  console.log(`${processes} Hearth processes sharing rooms through Redis (${redisEnv.REDIS_URL})\n`);
const bare = await startBareServer();
const floorServer = floor ? await startBareServer({ commitDatabaseUrl: database.url }) : undefined;

try {
  if (history) {
    const count = option("messages", 1_000_000);
    const { roomIds, people } = await mintPeopleAndRooms(database.url, {
      people: 10,
      rooms: 1,
      joined: true,
      prefix: "Bench",
    });
    const roomId = roomIds[0] as string;
    const seedMs = await seedMessages(
      database.url,
      roomId,
      people.map((person) => person.id),
      count,
    );
    console.log(`seeded ${count} messages in one room in ${(seedMs / 1000).toFixed(1)} s\n`);
    const cases = await runHistory({
      databaseUrl: database.url,
      appUrl: app.url,
      roomId,
      readers: people,
      calls: option("calls", 200),
    });
    console.log(
      `${"".padEnd(42)}${"statements".padStart(11)}${"server p50".padStart(11)}${"p95".padStart(8)}${"p99".padStart(8)}${"socket p50".padStart(11)}${"p99".padStart(8)}${"msgs".padStart(6)}`,
    );
    for (const entry of cases)
      console.log(
        `${entry.name.padEnd(42)}${String(entry.statements).padStart(11)}${entry.serverMs.p50.toFixed(2).padStart(11)}${entry.serverMs.p95.toFixed(2).padStart(8)}${entry.serverMs.p99.toFixed(2).padStart(8)}${entry.clientMs.p50.toFixed(2).padStart(11)}${entry.clientMs.p99.toFixed(2).padStart(8)}${entry.messagesPerCall.toFixed(0).padStart(6)}`,
      );
    console.log(
      "\n(ms; server = the service called in-process on the same database; socket = round trip to the Hearth process)",
    );
  }
  const { roomIds, people } = history
    ? { roomIds: [], people: [] }
    : await mintPeopleAndRooms(database.url, {
        people: memory ? clients + 50 : clients,
        rooms,
        prefix: "Bench",
      });
  const cookies = people.map((person) => person.cookie);
  const roomOf = (client: number) => roomIds[client % rooms] as string;

  if (history) {
    // measured above
  } else if (memory) {
    const hearth = await runIdleMemory({ url: app.url, pid: app.pid, output: app.output, cookies });
    const baseline = await runIdleMemory({
      url: bare.url,
      pid: bare.pid,
      output: bare.output,
      cookies: cookies.map(() => ""),
    });
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    for (const [name, result] of [
      ["hearth", hearth],
      ["bare", baseline],
    ] as const)
      console.log(
        `${name}: ${result.sockets} idle sockets (connected in ${result.connectSeconds.toFixed(1)} s): RSS ${mib(result.rssBeforeBytes)} → ${mib(result.rssAfterBytes)} (${(result.rssPerSocket / 1024).toFixed(1)} KB per socket); after a full GC, heap used ${mib(result.heapBeforeBytes)} → ${mib(result.heapAfterBytes)} (${(result.bytesPerSocket / 1024).toFixed(1)} KB per socket)`,
      );
    console.log(
      `\nper idle authenticated socket: hearth ${(hearth.bytesPerSocket / 1024).toFixed(1)} KB, bare ${(baseline.bytesPerSocket / 1024).toFixed(1)} KB, ratio ${(hearth.bytesPerSocket / baseline.bytesPerSocket).toFixed(2)} (aim ≤ 20 KB)`,
    );
  } else if (joinStorm) {
    const hearth = await runJoinStorm({ url: app.url, cookies, roomOf });
    const memberships = await countRows(database.url, "Membership");
    const baseline = await runJoinStorm({ url: bare.url, cookies: cookies.map(() => ""), roomOf });
    reportJoinStorm(hearth, baseline, memberships);
  } else if (overload) {
    // Hearth's own ceiling first (closed loop), then twice that offered at a steady pace (open
    // loop): the bare server gets the same offered rate.
    const saturation = await runLoad({ urls: appUrls, cookies, roomOf, rate: 0, seconds });
    const offered = Math.round(2 * saturation.messagesPerSecond);
    console.log(
      `hearth saturation: ${saturation.messagesPerSecond.toFixed(0)} msg/s; offering ${offered} msg/s\n`,
    );
    const hearth = await runLoad({ urls: appUrls, cookies, roomOf, rate: offered, seconds });
    const committed = await countRows(database.url, "Message");
    const baseline = await runLoad({
      urls: [bare.url],
      cookies: cookies.map(() => ""),
      roomOf,
      rate: offered,
      seconds,
    });
    report(hearth, baseline, committed - saturation.acked);
    const share = hearth.messagesPerSecond / saturation.messagesPerSecond;
    console.log(
      `acked under 2× offered: ${hearth.messagesPerSecond.toFixed(0)} msg/s = ${(100 * share).toFixed(0)} % of saturation (aim ≥ 90 %); refused ${hearth.failed - hearth.timeouts} (p99 ${hearth.refusedMs.p99.toFixed(1)} ms, max ${hearth.refusedMs.max.toFixed(1)} ms; aim ≤ 100 ms), ack timeouts ${hearth.timeouts}`,
    );
  } else {
    const hearth = await runLoad({ urls: appUrls, cookies, roomOf, rate, seconds });
    const committed = await countRows(database.url, "Message");
    const baseline = await runLoad({
      urls: [bare.url],
      cookies: cookies.map(() => ""),
      roomOf,
      rate,
      seconds,
    });
    const floorResult = floorServer
      ? await runLoad({ urls: [floorServer.url], cookies: cookies.map(() => ""), roomOf, rate, seconds })
      : undefined;
    report(hearth, baseline, committed, floorResult);
    if (floorResult) {
      const floorCommitted = await countRows(database.url, "bare_message");
      console.log(
        `floor: committed rows ${floorCommitted} (acked ${floorResult.acked}${floorCommitted === floorResult.acked ? ", every acked message stored" : ", MISMATCH"})`,
      );
    }
  }
} finally {
  bare.stop();
  floorServer?.stop();
  await Promise.all(apps.map((each) => each.stop()));
  await database.drop();
  await postgres.stop();
}

async function countRows(url: string, table: "Message" | "Membership" | "bare_message"): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS count FROM "${table}"`);
  await client.end();
  return rows[0].count as number;
}

function reportJoinStorm(hearth: JoinStormResult, baseline: JoinStormResult, memberships: number) {
  const rows: [string, number, number][] = [
    ["joins", hearth.joins, baseline.joins],
    ["answered ok", hearth.ok, baseline.ok],
    ["refused", hearth.failed, baseline.failed],
    ["join p50 ms", hearth.joinMs.p50, baseline.joinMs.p50],
    ["join p95 ms", hearth.joinMs.p95, baseline.joinMs.p95],
    ["join p99 ms", hearth.joinMs.p99, baseline.joinMs.p99],
    ["all answered ms", hearth.allAnsweredMs, baseline.allAnsweredMs],
  ];
  printTable(rows);
  if (hearth.failed > 0) console.log(`refusals by code: ${JSON.stringify(hearth.codes)}`);
  console.log(
    `\nmemberships in PostgreSQL: ${memberships} (joins answered ok ${hearth.ok}${memberships === hearth.ok ? ", each stored" : ", MISMATCH"})`,
  );
}

/** Hearth beside bare (and the floor, when measured), each with its ratio to bare. */
function printTable(rows: [string, number, number, number?][]) {
  const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
  const ratio = (ours: number, theirs: number) =>
    theirs === 0 ? (ours === 0 ? "—" : "∞") : (ours / theirs).toFixed(2);
  const withFloor = rows.some((row) => row[3] !== undefined);
  console.log(
    `${"".padEnd(24)}${"hearth".padStart(12)}${"bare".padStart(12)}${"ratio".padStart(10)}${withFloor ? `${"floor".padStart(12)}${"ratio".padStart(10)}` : ""}`,
  );
  for (const [name, ours, theirs, floorValue] of rows) {
    const floorColumns =
      floorValue === undefined
        ? ""
        : `${format(floorValue).padStart(12)}${ratio(floorValue, theirs).padStart(10)}`;
    console.log(
      `${name.padEnd(24)}${format(ours).padStart(12)}${format(theirs).padStart(12)}${ratio(ours, theirs).padStart(10)}${floorColumns}`,
    );
  }
}

async function startBareServer(
  options: { commitDatabaseUrl?: string } = {},
): Promise<{ url: string; pid: number; output(): string; stop(): void }> {
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      // Profiled too when Hearth is: where the bare server's time goes is the floor to compare with.
      ...(cpuProfileDirectory
        ? [
            "--cpu-prof",
            `--cpu-prof-dir=${path.join(cpuProfileDirectory, options.commitDatabaseUrl ? "floor" : "bare")}`,
          ]
        : []),
      "--import",
      "tsx",
      path.join(root, "scripts", "bench", "bare-socket-server.ts"),
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: options.commitDatabaseUrl
        ? { ...process.env, BARE_COMMIT_DATABASE_URL: options.commitDatabaseUrl }
        : process.env,
    },
  );
  let output = "";
  const port = await new Promise<number>((resolve) =>
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PORT (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    }),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () => child.kill("SIGTERM"),
  };
}

function report(hearth: LoadResult, baseline: LoadResult, committed: number, floorResult?: LoadResult) {
  printTable(
    loadFigures.map(([name, figure]) => [
      name,
      figure(hearth),
      figure(baseline),
      floorResult && figure(floorResult),
    ]),
  );
  if (hearth.failed > 0) console.log(`failures by code: ${JSON.stringify(hearth.codes)}`);
  console.log(
    `\ncommitted rows in PostgreSQL: ${committed} (acked ${hearth.acked}${committed === hearth.acked ? ", every acked message stored" : ", MISMATCH"})`,
  );
}

/**
 * The same shared machine runs several times slower on some days than on others. A fixed loop,
 * timed before the run, says how fast it was: runs are compared by their ratios to bare, and
 * this says why the absolute figures moved.
 */
function calibrationMs(): number {
  const started = performance.now();
  let sum = 0;
  for (let index = 0; index < 1e8; index++) sum += index;
  if (sum < 0) console.log(sum); // keeps the loop from being dropped
  return performance.now() - started;
}
