// npm run bench:chat -- [--clients 1000] [--rooms 100] [--rate 1000 | --saturate | --overload] [--seconds 10]
//   [--floor] [--warm-up 5] [--join-storm] [--history] [--memory] [--processes N] [--cpu-prof]
//   [--ports 4120] [--allow-busy] [--hearth-only] [--rounds 3]
// It runs only on a quiet machine (scripts/bench/quiet-machine.ts): load average at most 1.5,
// nothing else building or testing, no other benchmark; it waits up to 5 minutes for that
// (`--quiet-wait SECONDS`), then refuses. `--allow-busy` runs anyway and says its figures are not
// to be recorded (development: compare CPU per acked message, which a busy machine changes least).
// Every load run warms up at the same load first (`--warm-up` seconds, untimed), and reads the CPU
// time of the server, of the PostgreSQL backends serving it and of the load generator from /proc.
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
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "@/lib/server/database/migrate";
import { startBareServer, type BareServer } from "@/scripts/bench/bare-server-process";
import { runLoad, type LoadOptions, type LoadResult } from "@/scripts/bench/chat-load";
import { runHistory, seedMessages } from "@/scripts/bench/history";
import { runIdleMemory } from "@/scripts/bench/idle-memory";
import { runJoinStorm } from "@/scripts/bench/join-storm";
import { cpuMeter, runtimeOf } from "@/scripts/bench/process-cpu";
import { claimQuietMachine, loadAverage } from "@/scripts/bench/quiet-machine";
import {
  overloadLine,
  report,
  reportCpu,
  reportJoinStorm,
  reportOverloadRounds,
  reportRounds,
  reportStored,
  type OverloadRound,
  type Round,
} from "@/scripts/bench/report";
import { startAppProcess } from "@/tests/setup/app-process";
import { mintPeopleAndRooms } from "@/tests/setup/minted-people";
import { startPostgresServer } from "@/tests/setup/postgres-server";
import { createDatabase } from "@/tests/setup/test-database";

/** Brings the planner's statistics up to date, as autovacuum keeps a live database's. */
async function analyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/** A numeric option; anything but a number of zero or more stops the run before it starts. */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const given = process.argv[index + 1];
  const value = Number(given);
  if (given === undefined || given.trim() === "" || !Number.isFinite(value) || value < 0) {
    console.error(`bench:chat: --${name} takes a number of zero or more (given: ${given ?? "nothing"}).`);
    process.exit(2);
  }
  return value;
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
const warmUpSeconds = option("warm-up", 5);
// --ports 4120: Hearth on 4120 (and up, one per process), then bare, then the floor; else free ports.
const portBase = option("ports", 0);
// --hearth-only (development): no bare or floor run, for A/B runs of Hearth's CPU per message.
const hearthOnly = process.argv.includes("--hearth-only");
// --rounds 3 (load runs): Hearth, the floor and bare in turn, three times over; medians of the ratios
// (--overload: its saturation and twice that offered, three times over; medians of its figures).
const roundCount = Math.max(1, option("rounds", 1));
const root = path.resolve(import.meta.dirname, "..");

await claimQuietMachine({
  allowBusy: process.argv.includes("--allow-busy"),
  waitSeconds: option("quiet-wait", 300),
});
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
console.log(`date: ${new Date().toISOString()}, load average at the start ${loadAverage()}`);
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
  Array.from({ length: processes }, (_, index) =>
    startAppProcess({
      databaseUrl: database.url,
      ...(portBase > 0 ? { port: portBase + index } : {}),
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
const bare = await startBareServer({ port: portBase && portBase + processes, cpuProfileDirectory });
const floorServer = floor
  ? await startBareServer({
      commitDatabaseUrl: database.url,
      port: portBase && portBase + processes + 1,
      cpuProfileDirectory,
    })
  : undefined;
await describeRuntimes();

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
  const hearthLoad = (): LoadOptions => ({
    urls: appUrls,
    cookies,
    roomOf,
    rate,
    seconds,
    warmUpSeconds,
    cpu: cpuMeter({ server: apps.map((each) => each.pid), databaseUrl: database.url }),
    beforeWarmUp: () => analyze(database.url),
  });
  const bareLoad = (server: BareServer, offered: number): LoadOptions => ({
    urls: [server.url],
    cookies: cookies.map(() => ""),
    roomOf,
    rate: offered,
    seconds,
    warmUpSeconds,
    cpu: cpuMeter({ server: [server.pid], ...(server === floorServer && { databaseUrl: database.url }) }),
  });

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
    // loop): the bare server gets the same offered rate. With --rounds, both again each round: a
    // share of a ceiling measured a minute apart moves as much as the machine does.
    const rounds: OverloadRound[] = [];
    const hearthRuns: LoadResult[] = [];
    for (let round = 1; round <= roundCount; round++) {
      if (roundCount > 1) console.log(`round ${round} of ${roundCount}, load average ${loadAverage()}\n`);
      const saturation = await runLoad({ ...hearthLoad(), rate: 0 });
      const offered = Math.round(2 * saturation.messagesPerSecond);
      console.log(
        `hearth saturation: ${saturation.messagesPerSecond.toFixed(0)} msg/s; offering ${offered} msg/s\n`,
      );
      const hearth = await runLoad({ ...hearthLoad(), rate: offered });
      hearthRuns.push(saturation, hearth);
      const stored = await storedClientIds(database.url, "Message");
      const baseline = hearthOnly ? undefined : await runLoad(bareLoad(bare, offered));
      report(hearth, baseline);
      reportStored("hearth", hearthRuns, stored);
      const outcome = { saturation, overloaded: hearth };
      console.log(overloadLine(outcome));
      rounds.push(outcome);
      console.log("");
    }
    if (roundCount > 1) reportOverloadRounds(rounds);
  } else {
    // --rounds N: Hearth, the floor and bare in turn, N times over, then each ratio's median: on a
    // shared machine a whole run can be slower than the next, and a ratio of runs taken minutes
    // apart says more about the machine than about Hearth.
    const rounds: Round[] = [];
    const hearthRuns: LoadResult[] = [];
    const floorRuns: LoadResult[] = [];
    for (let round = 1; round <= roundCount; round++) {
      if (roundCount > 1) console.log(`round ${round} of ${roundCount}, load average ${loadAverage()}\n`);
      const hearth = await runLoad(hearthLoad());
      hearthRuns.push(hearth);
      const stored = await storedClientIds(database.url, "Message");
      const floorResult = floorServer && !hearthOnly ? await runLoad(bareLoad(floorServer, rate)) : undefined;
      if (floorResult) floorRuns.push(floorResult);
      const baseline = hearthOnly ? undefined : await runLoad(bareLoad(bare, rate));
      report(hearth, baseline, floorResult);
      reportStored("hearth", hearthRuns, stored);
      if (floorResult) reportStored("floor", floorRuns, await storedClientIds(database.url, "bare_message"));
      reportCpu([
        ["hearth", hearth],
        ["floor", floorResult],
        ["bare", baseline],
      ]);
      rounds.push({ hearth, floor: floorResult, bare: baseline });
      console.log("");
    }
    if (roundCount > 1) reportRounds(rounds);
  }
  console.log(`\nload average at the end ${loadAverage()}`);
} finally {
  bare.stop();
  floorServer?.stop();
  await Promise.all(apps.map((each) => each.stop()));
  await database.drop();
  await postgres.stop();
}

/** The clientId of every message stored, Hearth's or the floor's. */
async function storedClientIds(url: string, table: "Message" | "bare_message"): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const column = table === "Message" ? `"clientId"` : "client_id";
  const { rows } = await client.query<{ id: string }>(`SELECT ${column}::text AS id FROM "${table}"`);
  await client.end();
  return new Set(rows.map((row) => row.id));
}

async function countRows(url: string, table: "Membership"): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS count FROM "${table}"`);
  await client.end();
  return rows[0].count as number;
}

/** Which Node.js each server runs (read from /proc: what actually runs, not what was meant to). */
async function describeRuntimes() {
  console.log(`load generator: node ${process.version} (${process.execPath})`);
  for (const [index, each] of apps.entries())
    console.log(
      `hearth${processes > 1 ? ` ${index + 1}` : ""}: node ${runtimeOf(each.pid)}, pid ${each.pid}`,
    );
  console.log(`bare: node ${runtimeOf(bare.pid)}, pid ${bare.pid}`);
  if (floorServer) console.log(`floor: node ${runtimeOf(floorServer.pid)}, pid ${floorServer.pid}`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  await client.end();
  console.log(`postgres: ${rows[0]?.version.split(",")[0] ?? "?"}\n`);
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
