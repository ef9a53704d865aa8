// Scale-out, run for real: two Hearth processes on one database and one Redis behind nginx, run
// from the documented configuration (deploy/nginx/hearth.conf). Members connect as the browser
// does (long-polling first, then the WebSocket upgrade: without sticky routing the polling
// requests would reach the process that does not know the session), each with a route cookie of
// their own, and land on both processes. They talk in one room: every message reaches everyone
// once, and each member's room (the browser's own reducer) is the database's, in order. Then one
// process is stopped with SIGTERM mid-conversation: its members reconnect through nginx to the
// other, rejoin and catch up, send again what was not answered, and nothing is lost or doubled.
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectMember, type RoomMember } from "@/tests/faults/support/room-member";
import { nginxPresent, startNginx, type RunningNginx } from "@/tests/faults/support/nginx";
import { startPrivateRedis, type PrivateRedis } from "@/tests/faults/support/private-redis";
import { waitFor } from "@/tests/faults/support/timing";
import { acceptedConnections } from "@/tests/faults/support/upstream-connections";
import { freePort, startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { mintPeopleAndRooms, type MintedPerson } from "@/tests/setup/minted-people";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

const database = databasePerFile();
const inCi = process.env.CI === "true";
const redisServerPresent = spawnSync("redis-server", ["--version"]).status === 0;
const missing = !nginxPresent
  ? "nginx is not installed (/usr/sbin/nginx; Debian: apt-get install nginx)"
  : !redisServerPresent
    ? "redis-server is not installed (Debian: apt-get install redis-server)"
    : undefined;
if (missing && !inCi) console.warn(`scale-out test skipped: ${missing}`);

const metricsToken = "scale-out-metrics-token-0123456789";

let redis: PrivateRedis | undefined;
let nginx: RunningNginx | undefined;
let apps: [AppProcess, AppProcess] | undefined;
let people: MintedPerson[] = [];
/** Everyone in the room: the members on WebSockets, then one on long-polling only. */
const members: RoomMember[] = [];
/** Which process (0 or 1) holds each WebSocket member's connection, seen from the processes' open sockets. */
const processOf = new Map<RoomMember, 0 | 1>();

beforeAll(async () => {
  if (missing) {
    if (inCi) throw new Error(`scale-out test needs ${missing}`);
    return;
  }
  const nginxPort = await freePort();
  const publicUrl = `http://localhost:${nginxPort}`;
  redis = await startPrivateRedis(await freePort());
  const env = {
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: "scale-out",
    // Both processes answer for the one public address, behind one proxy.
    NEXTAUTH_URL: publicUrl,
    TRUST_PROXY: "1",
    METRICS_TOKEN: metricsToken,
    RATE_LIMIT_SCALE: "1000",
  };
  apps = (await Promise.all([0, 1].map(() => startAppProcess({ databaseUrl: database.url, env })))) as [
    AppProcess,
    AppProcess,
  ];
  nginx = await startNginx({ upstreamPorts: [apps[0].port, apps[1].port], port: nginxPort });
  ({ people } = await mintPeopleAndRooms(database.url, {
    people: 17,
    rooms: 1,
    joined: true,
    prefix: "Scale",
  }));
}, 120_000);

afterAll(async () => {
  for (const member of members) member.close();
  await Promise.all((apps ?? []).map((app) => app.stop()));
  await nginx?.stop();
  await redis?.stop();
});

async function roomInDatabase(roomId: string): Promise<{ id: string; clientId: string }[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; clientId: string }>(
      `SELECT id::text AS id, "clientId"::text AS "clientId" FROM "Message" WHERE "roomId" = $1 ORDER BY "Message".id`,
      [roomId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** The hearth_* metrics the alert rules and the Grafana dashboard use (histogram series by their family). */
async function figuresReadByOperators(): Promise<string[]> {
  const deploy = path.resolve(import.meta.dirname, "..", "..", "deploy");
  const texts = await Promise.all(
    ["prometheus/alerts.yml", "grafana/hearth.json"].map((file) => readFile(path.join(deploy, file), "utf8")),
  );
  const names = texts.flatMap((text) => text.match(/\bhearth_[a-z_]+/g) ?? []);
  return [...new Set(names.map((name) => name.replace(/_(bucket|count|sum)$/, "")))].sort();
}

const openSockets = () => [acceptedConnections(apps![0].port), acceptedConnections(apps![1].port)];
const idsShown = (member: RoomMember) => member.state().messages.map((message) => message.id);

/** Everyone's room, as their browser holds it, is the database's room, and nothing waits. */
async function everyoneCaughtUp(timeoutMs: number) {
  const roomId = people[0]!.roomId;
  let stored: { id: string; clientId: string }[] = [];
  await waitFor(async () => {
    stored = await roomInDatabase(roomId);
    const ids = stored.map((row) => row.id).join();
    return members.every((member) => member.state().pending.length === 0 && idsShown(member).join() === ids);
  }, timeoutMs).catch((error: unknown) => {
    const behind = members.filter(
      (member) =>
        idsShown(member).join() !== stored.map((row) => row.id).join() || member.state().pending.length,
    );
    throw new Error(
      `${behind.length} members differ from the database (${stored.length} messages): ${behind
        .map((m) => `${m.person.pseudonym} shows ${idsShown(m).length}, ${m.state().pending.length} unsent`)
        .join("; ")} (${String(error)})`,
    );
  });
  return stored;
}

describe.runIf(!missing || inCi)("two Hearth processes behind nginx (deploy/nginx/hearth.conf)", () => {
  it("routes each browser to one process, carries request ids, and answers health", async () => {
    const first = await fetch(`${nginx!.url}/api/health`);
    expect(first.status).toBe(200);
    const route = /hearth_route=([^;]+);/.exec(first.headers.get("set-cookie") ?? "")?.[1];
    expect(route, "nginx hands out a route cookie").toBeTruthy();
    expect(first.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
    const followed = await fetch(`${nginx!.url}/api/health`, {
      headers: { cookie: `hearth_route=${route}`, "x-request-id": "edge-0123456789" },
    });
    expect(followed.headers.get("set-cookie"), "no new cookie once it has one").toBeNull();
    expect(followed.headers.get("x-request-id")).toBe("edge-0123456789");
  });

  it("both processes answer /metrics with the token, and not without it", async () => {
    for (const app of apps!) {
      const withToken = await fetch(`${app.url}/metrics`, {
        headers: { authorization: `Bearer ${metricsToken}` },
      });
      expect(withToken.status).toBe(200);
      const exposed = await withToken.text();
      expect(exposed).toContain("process_cpu_seconds_total");
      // Every figure the alert rules and the dashboard read is one the process exposes.
      const unexposed = (await figuresReadByOperators()).filter(
        (name) => !exposed.includes(`# TYPE ${name} `),
      );
      expect(
        unexposed,
        "metrics named in deploy/prometheus/alerts.yml or deploy/grafana/hearth.json",
      ).toEqual([]);
      const without = await fetch(`${app.url}/metrics`);
      await without.text();
      expect(without.status).not.toBe(200);
    }
  });

  it("spreads members over both processes; they talk, each message reaches everyone once and in order", async () => {
    // Only nginx's connections are counted: wait out the start-up's idle keep-alive sockets.
    await waitFor(() => openSockets().every((count) => count === 0), 15_000);
    for (const person of people.slice(0, 16)) {
      const before = openSockets();
      const member = await connectMember(nginx!.url, person, `hearth_route=scale-out-${person.pseudonym}`);
      members.push(member);
      await waitFor(
        () =>
          member.socket.io.engine.transport.name === "websocket" &&
          openSockets().reduce((a, b) => a + b, 0) === members.length,
        10_000,
        20,
      );
      const after = openSockets();
      processOf.set(member, after[0]! > before[0]! ? 0 : 1);
      const counts = [0, 1].map((side) => [...processOf.values()].filter((p) => p === side).length);
      if (members.length >= 8 && counts.every((count) => count >= 3)) break;
    }
    const counts = [0, 1].map((side) => [...processOf.values()].filter((p) => p === side).length);
    console.log(
      `scale-out: ${members.length} members, ${counts[0]} on one process and ${counts[1]} on the other`,
    );
    expect(Math.min(...counts), "members on each process").toBeGreaterThanOrEqual(3);
    // One more where WebSockets are blocked: every request of its session is an HTTP request,
    // and each must reach the process that made the session, or it is dropped.
    members.push(
      await connectMember(nginx!.url, people[members.length]!, "hearth_route=scale-out-polling", ["polling"]),
    );

    // Three rounds: each member says something in turn, as people do (the next once the last was
    // answered: two messages sent at once by one person have no order between them).
    for (let round = 0; round < 3; round++) {
      for (const member of members) {
        await waitFor(() => member.state().pending.length === 0, 10_000, 5);
        member.say(`round ${round} from ${member.person.pseudonym}`);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    }
    const stored = await everyoneCaughtUp(20_000);
    expect(stored).toHaveLength(members.length * 3);
    expect(members.every((member) => member.disconnects.length === 0)).toBe(true);
    expect(members.at(-1)!.socket.io.engine.transport.name).toBe("polling");
    const authorOf = new Map(members.flatMap((member) => member.said.map((id) => [id, member] as const)));
    const idOf = new Map(stored.map((row) => [row.clientId, row.id]));
    for (const member of members) {
      const frameIds = member.frames.map((frame) => frame.id);
      expect(new Set(frameIds).size, "no frame twice").toBe(frameIds.length);
      // Every other member's message came live, each sender's in the order they were said.
      const expected = stored.filter((row) => authorOf.get(row.clientId) !== member).map((row) => row.id);
      expect(new Set(frameIds.filter((id) => expected.includes(id))).size).toBe(expected.length);
      for (const sender of members) {
        const theirs = sender.said.map((clientId) => idOf.get(clientId));
        const arrived = frameIds.filter((id) => theirs.includes(id));
        if (sender !== member) expect(arrived).toEqual(theirs);
      }
    }
  });

  it("one process stopped mid-conversation: its members move to the other through nginx, nothing lost or doubled", async () => {
    const [stopping, staying] = apps!;
    const movers = members.filter((member) => processOf.get(member) === 0);
    const stayers = members.filter((member) => processOf.get(member) === 1);
    let talking = true;
    let turn = 0;
    // A member says the next thing once the last one was answered, one member every 60 ms.
    const talk = (async () => {
      while (talking) {
        const member = members[turn++ % members.length]!;
        if (member.state().pending.length === 0) member.say(`after ${turn} from ${member.person.pseudonym}`);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const stoppedAt = Date.now();
    const stopped = stopping.stop();
    // Its members keep talking until their connections close: what arrives while it drains is
    // answered `unavailable` (or cut off by the close) and goes again, with the same clientId,
    // once they have moved.
    for (let burst = 0; movers.some((member) => member.disconnects.length === 0) && burst < 300; burst++) {
      for (const member of movers)
        if (member.disconnects.length === 0)
          member.say(`while it stops, ${burst} from ${member.person.pseudonym}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const exitCode = await stopped;
    await waitFor(
      () =>
        movers.every(
          (member) =>
            member.socket.connected &&
            member.state().joined &&
            member.state().connection === "connected" &&
            member.socket.io.engine.transport.name === "websocket",
        ),
      20_000,
    );
    const movedMs = Date.now() - stoppedAt;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    talking = false;
    await talk;
    const stored = await everyoneCaughtUp(30_000);

    console.log(
      `scale-out: SIGTERM exit ${exitCode}; ${movers.length} members moved and rejoined in ${movedMs} ms; ${stored.length} messages, ${members.reduce((sum, member) => sum + member.resent, 0)} sent again; the polling member: ${members.at(-1)!.disconnects.join() || "stayed"}`,
    );
    expect(exitCode).toBe(0);
    for (const member of movers) expect(member.disconnects).toEqual(["transport close"]);
    for (const member of stayers) expect(member.disconnects).toEqual([]);
    // Everyone is connected again, to the process that stayed, through nginx (the polling member
    // holds one more connection there while it waits for frames).
    expect(members.every((member) => member.socket.connected)).toBe(true);
    await waitFor(() => openSockets()[1]! >= processOf.size, 5_000);
    // The polling member stayed, or moved once: its process closed the session, or its next poll
    // (nginx moves it once the process stops listening) reached a process that does not know the
    // session ("transport error"); either way socket.io-client reconnects, as a browser does.
    expect(["", "transport close", "transport error"]).toContain(members.at(-1)!.disconnects.join());
    // Everything said is stored once (a resend with the same clientId is the same message).
    const said = members.flatMap((member) => member.said);
    expect(stored.map((row) => row.clientId).sort()).toEqual([...said].sort());
    for (const member of members) {
      expect(member.state().pending).toEqual([]);
      const frameIds = member.frames.map((frame) => frame.id);
      expect(new Set(frameIds).size, "no frame twice").toBe(frameIds.length);
    }

    expect((await fetch(`${nginx!.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${staying.url}/api/health`)).status).toBe(200);
  });
});
