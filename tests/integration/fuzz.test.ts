// A seeded fuzz run against the real server: hostile payloads over every socket event and
// hostile requests over every HTTP route (read from app/), as an admin, a moderator, a member,
// an outsider and nobody. Nothing may crash the process, answer 5xx or `internal`, go
// unanswered, or leave the process's memory far above where it settled after a warm-up.
// FUZZ_SEED, FUZZ_SOCKET_PAYLOADS and FUZZ_HTTP_REQUESTS change the run (`npm run test:fuzz`
// runs a long one).
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes } from "@/lib/shared/errors";
import { clientRequestNames, type ClientRequestName } from "@/lib/shared/realtime-events";
import { signIn, signUpMember } from "@/tests/factories/accounts";
import { connectMember, createRoom, join, send, type ConnectedMember } from "@/tests/factories/chat";
import { placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";
import { connectSocket } from "@/tests/setup/socket-client";
import { fuzzPayload, fuzzRequest, seededRandom, type FuzzWorld } from "@/tests/setup/fuzz";
import { discoverRoutes } from "@/tests/setup/routes";

const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const socketPayloads = Number(process.env.FUZZ_SOCKET_PAYLOADS ?? 10_000);
const httpRequests = Number(process.env.FUZZ_HTTP_REQUESTS ?? 2_000);
const warmUpShare = 0.2;

const probeFile = path.join(tmpdir(), `hearth-fuzz-memory-${process.pid}.json`);
const probeModule = path.resolve(import.meta.dirname, "..", "setup", "memory-probe.mjs");
// Limits are counted but set high, so hostile input reaches the code behind them.
const hearth = appPerFile(
  {
    RATE_LIMIT_SCALE: "1000",
    NODE_OPTIONS: `--expose-gc --import ${probeModule}`,
    HEARTH_MEMORY_PROBE_FILE: probeFile,
  },
  { staffSecondFactor: "off" },
);
const prisma = () => hearth.database.prisma;

let world: FuzzWorld;
const people: Record<"admin" | "moderator" | "member" | "outsider", ConnectedMember> = {} as never;
let throwaway = "";

/** The server's memory after a full garbage collection, in MB: heap in use and resident. */
async function memoryAfterCollection(): Promise<{ heapMb: number; rssMb: number }> {
  const askedAt = Date.now();
  process.kill(hearth.app.pid, "SIGUSR2");
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      const usage = JSON.parse(readFileSync(probeFile, "utf8")) as {
        at: number;
        heapUsed: number;
        rss: number;
      };
      if (usage.at >= askedAt)
        return { heapMb: Math.round(usage.heapUsed / 2 ** 20), rssMb: Math.round(usage.rss / 2 ** 20) };
    } catch {
      // not written yet
    }
  }
  throw new Error("the server did not report its memory");
}

interface Tally {
  sent: number;
  answered: number;
  problems: string[];
  codes: Record<string, number>;
}
const tally = (): Tally => ({ sent: 0, answered: 0, problems: [], codes: {} });

beforeAll(async () => {
  const room = await createRoom(prisma());
  const otherRoom = await createRoom(prisma());
  for (const role of ["admin", "moderator", "member", "outsider"] as const) {
    people[role] = await connectMember(hearth.app.url);
  }
  await prisma().user.update({ where: { id: people.admin.id }, data: { siteRole: "admin" } });
  people.admin.socket.close();
  const adminSocket = await connectSocket(hearth.app.url, { cookie: people.admin.cookie });
  if (!adminSocket.connected) throw new Error("the admin's socket should connect");
  people.admin.socket = adminSocket.socket;
  await placeInRoom(prisma(), people.moderator, room.id, { role: "moderator" });
  await join(people.member.socket, room.id);
  await join(people.moderator.socket, room.id);
  const messageIds: string[] = [];
  for (const author of [people.member, people.moderator]) {
    for (let i = 0; i < 3; i++) messageIds.push((await send(author.socket, room.id, `Fuzz seed ${i}`)).id);
  }
  const spare = await signUpMember(hearth.app.url);
  throwaway = (await signIn(hearth.app.url, spare.pseudonym, spare.password)).cookie ?? "";
  const topicId = (await prisma().room.findUniqueOrThrow({ where: { id: room.id } })).topicId;
  world = {
    roomId: room.id,
    otherRoomId: otherRoom.id,
    messageIds: [...messageIds, "1", "9223372036854775807"],
    userIds: Object.values(people).map((person) => person.id),
    topicId,
  };
}, 120_000);

afterAll(() => {
  for (const person of Object.values(people)) person?.socket?.close();
});

/** Sends `count` payloads from one socket, a few in flight at a time, and checks every answer. */
async function fuzzSocket(
  who: keyof typeof people,
  count: number,
  random: ReturnType<typeof seededRandom>,
  result: Tally,
): Promise<void> {
  const inFlight = 8;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const person = people[who];
      if (!person.socket.connected) {
        // A moderator may remove this person, or a frame may be refused: come back and carry on.
        const again = await connectSocket(hearth.app.url, { cookie: person.cookie });
        if (!again.connected) {
          result.problems.push(`${who} could not reconnect: ${again.code}`);
          return;
        }
        person.socket = again.socket;
      }
      const roll = random.next();
      const event: string =
        roll < 0.03 ? `fuzz:${random.int(1000)}` : random.pick<ClientRequestName>(clientRequestNames);
      const payload = fuzzPayload(
        (clientRequestNames as readonly string[]).includes(event) ? (event as ClientRequestName) : "typing",
        world,
        random,
      );
      result.sent++;
      if (roll > 0.97) {
        // No acknowledgement, or extra arguments in its place: nothing to wait for.
        if (random.chance(0.5)) person.socket.emit(event, payload);
        else person.socket.emit(event, payload, "extra", 42);
        continue;
      }
      try {
        const answer = (await person.socket.timeout(15_000).emitWithAck(event, payload)) as {
          ok?: unknown;
          error?: { code?: string };
        };
        result.answered++;
        if (answer?.ok === true) result.codes.ok = (result.codes.ok ?? 0) + 1;
        else {
          const code = String(answer?.error?.code);
          result.codes[code] = (result.codes[code] ?? 0) + 1;
          if (!(errorCodes as readonly string[]).includes(code) || code === "internal") {
            result.problems.push(
              `${event} ${JSON.stringify(payload)?.slice(0, 200)} → ${JSON.stringify(answer)}`,
            );
          }
        }
      } catch (error) {
        if (person.socket.connected)
          result.problems.push(
            `${event} ${JSON.stringify(payload)?.slice(0, 200)} → no answer (${String(error)})`,
          );
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

async function fuzzHttp(
  count: number,
  random: ReturnType<typeof seededRandom>,
  result: Tally,
): Promise<void> {
  const routes = discoverRoutes().map((route) => ({
    path: route.path === "/" ? "/" : route.path,
    methods: route.methods,
  }));
  // Hearth's own paths and a few it does not have.
  routes.push(
    { path: "/api/[...nothing]", methods: ["GET", "POST"] },
    { path: "/[nothing]", methods: ["GET"] },
  );
  const cookies = () => [people.admin.cookie, people.moderator.cookie, people.member.cookie, ""];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const route = routes[next % routes.length] ?? { path: "/", methods: ["GET"] };
      const request = fuzzRequest(route, world, random, hearth.app.url);
      // Account routes get a spare session: a lucky body must not sign the admin out of the run.
      const cookie = request.path.startsWith("/api/account") ? throwaway : random.pick(cookies());
      result.sent++;
      try {
        const response = await fetch(`${hearth.app.url}${request.path}`, {
          method: request.method,
          headers: { ...request.headers, ...(cookie && { cookie }) },
          body: request.body,
          redirect: "manual",
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        result.answered++;
        result.codes[response.status] = (result.codes[response.status] ?? 0) + 1;
        const internal = /"code"\s*:\s*"internal"/.test(text);
        if (response.status >= 500 || internal) {
          result.problems.push(
            `${request.method} ${request.path} ${JSON.stringify(request.headers)} ${request.body?.slice(0, 120)} → ${response.status} ${text.slice(0, 200)}`,
          );
        }
      } catch (error) {
        result.problems.push(`${request.method} ${request.path} → ${String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

describe(`fuzzing with seed ${seed}`, () => {
  it(
    `${socketPayloads} socket payloads over every event and ${httpRequests} HTTP requests over every route: no crash, no 5xx, no internal, memory settles`,
    async () => {
      const random = seededRandom(seed);
      const sockets = tally();
      const http = tally();
      const roles = Object.keys(people) as (keyof typeof people)[];
      const perRole = (total: number) => Math.ceil(total / roles.length);

      // Warm-up: a fifth of the run, then the memory it settled at.
      await Promise.all(
        roles.map((who) => fuzzSocket(who, perRole(socketPayloads * warmUpShare), random, sockets)),
      );
      await fuzzHttp(Math.ceil(httpRequests * warmUpShare), random, http);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const warm = await memoryAfterCollection();

      await Promise.all(
        roles.map((who) => fuzzSocket(who, perRole(socketPayloads * (1 - warmUpShare)), random, sockets)),
      );
      await fuzzHttp(Math.ceil(httpRequests * (1 - warmUpShare)), random, http);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const end = await memoryAfterCollection();

      console.log(
        `fuzz seed ${seed}: sockets ${sockets.sent} sent, ${sockets.answered} answered ${JSON.stringify(sockets.codes)}; ` +
          `HTTP ${http.sent} sent ${JSON.stringify(http.codes)}; heap after collection ${warm.heapMb} MB after warm-up, ${end.heapMb} MB at the end (resident ${warm.rssMb} → ${end.rssMb} MB)`,
      );
      for (const problem of [...sockets.problems, ...http.problems].slice(0, 40)) console.log(problem);
      if (sockets.problems.length + http.problems.length > 0) console.log(hearth.app.output().slice(-20_000));
      expect(sockets.sent).toBeGreaterThanOrEqual(socketPayloads);
      expect(http.sent).toBeGreaterThanOrEqual(httpRequests);
      expect(sockets.problems.slice(0, 20)).toEqual([]);
      expect(http.problems.slice(0, 20)).toEqual([]);
      // Every event was answered in every way it can be (the run is not vacuous).
      expect(sockets.codes.ok).toBeGreaterThan(socketPayloads / 20);
      expect(sockets.codes.invalid_input).toBeGreaterThan(socketPayloads / 5);

      // The process is alive and well, and its memory is back near where the warm-up left it.
      expect((await fetch(`${hearth.app.url}/api/health`)).status).toBe(200);
      // Heap in use after a full collection: what is still held, not what V8 has yet to free.
      // Seen so far: 172 → 177, 189 → 204, 174 → 219 MB; a leak over 8,000 payloads would be far more.
      expect(end.heapMb).toBeLessThan(warm.heapMb * 1.35 + 24);
      expect(hearth.app.output()).not.toMatch(/socket event failed|request failed|unhandled|uncaught/i);
    },
    15 * 60_000,
  );
});
