// Redis is an optimisation, not a single point of failure (docs/decisions/0012). Two Hearth
// processes share a private redis-server, which is killed, restarted and frozen while people on
// both processes talk. Throughout: every send is answered within seconds, every acknowledged
// message is stored exactly once, joins and the directory keep working, /api/health says what
// is wrong, and when Redis is back each process tells its sockets to catch up.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditSends,
  connectTalker,
  joinRoom,
  startChatter,
  type Talker,
} from "@/tests/faults/support/chatter";
import { startPrivateRedis, type PrivateRedis } from "@/tests/faults/support/private-redis";
import { restartablePort, waitFor } from "@/tests/faults/support/timing";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { mintPeopleAndRooms, type MintedPerson } from "@/tests/setup/minted-people";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

const database = databasePerFile();
const redisServerPresent = spawnSync("redis-server", ["--version"]).status === 0;
if (!redisServerPresent && process.env.CI)
  throw new Error("redis-server is not installed; CI must provide it.");
if (!redisServerPresent) console.warn("Skipping the Redis fault tests: redis-server is not installed.");
const long = process.env.FAULTS_LONG === "1";
const outageMs = long ? 20_000 : 5_000;
let redis: PrivateRedis;
let apps: AppProcess[] = [];
let people: MintedPerson[] = [];
let talkers: Talker[] = [];

const health = async (app: AppProcess) => {
  const started = Date.now();
  const response = await fetch(`${app.url}/api/health`);
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
};

beforeAll(async () => {
  if (!redisServerPresent) return;
  redis = await startPrivateRedis(await restartablePort("FAULTS_REDIS_PORT"));
  const env = {
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `faults-${randomBytes(3).toString("hex")}`,
    RATE_LIMIT_SCALE: "1000",
  };
  apps = await Promise.all([0, 1].map(() => startAppProcess({ databaseUrl: database.url, env })));
  ({ people } = await mintPeopleAndRooms(database.url, { people: 16, rooms: 2, joined: true }));
  // People in each room on both processes: what crosses between them needs Redis.
  talkers = await Promise.all(
    people.map((person, index) => connectTalker((apps[index % 2] as AppProcess).url, person)),
  );
  for (const talker of talkers) expect((await joinRoom(talker)).ok).toBe(true);
});

afterAll(async () => {
  for (const talker of talkers) talker.socket.close();
  await Promise.all(apps.map((app) => app.stop()));
  await redis?.stop();
});

describe.runIf(redisServerPresent)("Redis away", () => {
  it("keeps every process chatting locally when Redis is killed, and catches up when it returns", async () => {
    const chatter = startChatter(talkers, 30);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    await redis.kill();
    const cut = Date.now();
    const noticed = await waitFor(
      async () => (await health(apps[0] as AppProcess)).body.redis === "down",
      5_000,
    );
    const during = await health(apps[0] as AppProcess);
    expect(during).toMatchObject({
      status: 200,
      body: { status: "degraded", database: "up", redis: "down" },
    });
    expect(during.ms).toBeLessThan(2_000);

    // The directory and joins do not need Redis: who is online is "not known right now".
    const directory = await fetch(`${(apps[1] as AppProcess).url}/api/rooms`);
    expect(directory.status).toBe(200);
    const rooms = (
      (await directory.json()) as { topics: { rooms: { onlineCount: number | null }[] }[] }
    ).topics.flatMap((topic) => topic.rooms);
    expect(rooms.some((room) => room.onlineCount === null)).toBe(true);
    const rejoinStarted = Date.now();
    expect(await joinRoom(talkers[0] as Talker)).toMatchObject({ ok: true });
    expect(Date.now() - rejoinStarted).toBeLessThan(2_000);

    // Local delivery goes on: a message sent on process 0 reaches its room's people on process 0.
    const sender = talkers[0] as Talker;
    const localReader = talkers[2] as Talker;
    expect(sender.person.roomId).toBe(localReader.person.roomId);
    const before = localReader.received.length;
    const sent = await sender.socket.timeout(5_000).emitWithAck("message:send", {
      roomId: sender.person.roomId,
      clientId: crypto.randomUUID(),
      body: "said while Redis is away",
    });
    expect(sent.ok).toBe(true);
    await waitFor(
      async () => localReader.received.slice(before).some((m) => m.body === "said while Redis is away"),
      2_000,
    );

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageMs - (Date.now() - cut))));
    await redis.start();
    const back = Date.now();
    await waitFor(async () => (await health(apps[0] as AppProcess)).body.redis === "up", 10_000);
    await waitFor(async () => talkers.every((talker) => talker.resyncs.some((at) => at >= back)), 10_000);
    const recoveryMs = Math.max(
      ...talkers.map((talker) => (talker.resyncs.find((at) => at >= back) as number) - back),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const audit = await auditSends(database.url, await chatter.stop(), 2_500);
    console.log(
      `redis killed for ${outageMs} ms: noticed in ${noticed} ms, resync after ${recoveryMs} ms`,
      audit,
    );
    expect(audit).toMatchObject({
      unanswered: 0,
      answeredLate: 0,
      refused: 0,
      ackedNotStoredOnce: 0,
      saidUnsavedButStored: 0,
    });
    expect(audit.acked).toBeGreaterThan(0);
    expect(recoveryMs).toBeLessThan(10_000);
  });

  it("answers every send within seconds while Redis is frozen (SIGSTOP), and catches up after", async () => {
    const chatter = startChatter(talkers, 30);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    redis.freeze();
    const frozen = Date.now();
    const noticed = await waitFor(
      async () => (await health(apps[1] as AppProcess)).body.redis === "down",
      6_000,
    );
    const during = await health(apps[1] as AppProcess);
    expect(during.ms).toBeLessThan(2_000);
    expect(during.body).toMatchObject({ status: "degraded", redis: "down" });
    expect((await fetch(`${(apps[0] as AppProcess).url}/api/rooms`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageMs - (Date.now() - frozen))));
    redis.thaw();
    const back = Date.now();
    await waitFor(async () => talkers.every((talker) => talker.resyncs.some((at) => at >= back)), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const audit = await auditSends(database.url, await chatter.stop(), 2_500);
    console.log(`redis frozen for ${outageMs} ms: noticed in ${noticed} ms`, audit);
    expect(audit).toMatchObject({ unanswered: 0, answeredLate: 0, refused: 0, ackedNotStoredOnce: 0 });
  });

  it("logged each outage once when it began and once when it ended, with no stack per request", () => {
    for (const app of apps) {
      const lines = app.output().split("\n");
      const began = lines.filter((line) => line.includes("redis is not answering")).length;
      const ended = lines.filter((line) => line.includes("redis answers again")).length;
      // On failure the message lists the outage lines: which one was not a real outage.
      const outageLines = lines.filter((line) => line.includes('"dependency":"redis"')).join("\n");
      expect({ began, ended }, outageLines).toEqual({ began: 2, ended: 2 });
      // Listed in full on failure: the line says which error was not recognised as an outage.
      expect(lines.filter((line) => line.includes('"stack"'))).toEqual([]);
    }
  });
});
