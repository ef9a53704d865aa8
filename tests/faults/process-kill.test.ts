// Two Hearth processes behind one database and one Redis, as behind a load balancer; one is
// killed (SIGKILL) while people on both talk. The people on the survivor carry on; the people on
// the dead one move to the survivor, rejoin from what they hold, and resend what was never
// answered with the same clientId. Every send is answered in the end, and every acknowledged
// message is stored exactly once.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
import {
  auditSends,
  connectTalker,
  joinRoom,
  startChatter,
  type Talker,
} from "@/tests/faults/support/chatter";
import { startPrivateRedis, type PrivateRedis } from "@/tests/faults/support/private-redis";
import { restartablePort } from "@/tests/faults/support/timing";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { mintPeopleAndRooms } from "@/tests/setup/minted-people";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

const database = databasePerFile();
const redisServerPresent = spawnSync("redis-server", ["--version"]).status === 0;
let redis: PrivateRedis | undefined;
let apps: AppProcess[] = [];
let talkers: Talker[] = [];

beforeAll(async () => {
  if (!redisServerPresent) return;
  redis = await startPrivateRedis(await restartablePort("FAULTS_REDIS_PORT"));
  const env = {
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `kill-${randomBytes(3).toString("hex")}`,
    RATE_LIMIT_SCALE: "1000",
  };
  apps = await Promise.all([0, 1].map(() => startAppProcess({ databaseUrl: database.url, env })));
  const { people } = await mintPeopleAndRooms(database.url, {
    people: 16,
    rooms: 2,
    joined: true,
    prefix: "Kill",
  });
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

describe.runIf(redisServerPresent)("one of two processes killed", () => {
  it("moves its people to the other, where they catch up and resend, with nothing lost or doubled", async () => {
    const [dying, survivor] = apps as [AppProcess, AppProcess];
    const chatter = startChatter(talkers, 40);
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    await dying.kill();
    const killedAt = Date.now();
    const moved = talkers.filter((_, index) => index % 2 === 0);
    // The load balancer sends them to the survivor; each rejoins saying what it holds.
    await Promise.all(
      moved.map(async (talker) => {
        const fresh = await connectTalker(survivor.url, talker.person);
        talker.socket.close();
        talker.socket = fresh.socket;
        fresh.socket.on("message:new", (message: WireMessage) => talker.received.push(message));
        const answer = await joinRoom(talker);
        expect(answer.ok).toBe(true);
      }),
    );
    const movedMs = Date.now() - killedAt;

    // What the dead process never answered goes again, with the same clientId, to the survivor.
    const cutOff = chatter.records.filter(
      (record) => record.ok === undefined && moved.includes(talkers[record.talker] as Talker),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const record of chatter.records.filter(
      (r) => r.ok === undefined && moved.includes(talkers[r.talker] as Talker),
    )) {
      const talker = talkers[record.talker] as Talker;
      const answer = await talker.socket.timeout(5_000).emitWithAck("message:send", {
        roomId: record.roomId,
        clientId: record.clientId,
        body: `fault load ${record.clientId}`,
      });
      record.ok = answer.ok;
      record.messageId = answer.message?.id;
      record.error = answer.error;
      record.answeredAt = Date.now();
      record.disconnected = false;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const audit = await auditSends(database.url, await chatter.stop(), 5_000);
    console.log(
      `process killed: people moved in ${movedMs} ms; ${cutOff.length} sends cut off and resent`,
      audit,
    );
    expect(audit).toMatchObject({ unanswered: 0, ackedNotStoredOnce: 0, refused: 0 });
    expect(movedMs).toBeLessThan(10_000);
  });
});
