// Two Hearth processes behind one database and one Redis, as behind a load balancer: a
// session revoked on one closes the sockets open on the other, and rate limits count across both.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimits } from "@/lib/server/rate-limit/limits";
import { postJson, signIn, signUpMember } from "@/tests/factories/accounts";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";
import { redisAnswers, testRedisUrl } from "@/tests/setup/redis-available";
import { connectSocket } from "@/tests/setup/socket-client";
import { databasePerFile } from "@/tests/setup/test-database-per-file";

const database = databasePerFile();
const redisPresent = await redisAnswers();
if (!redisPresent && process.env.CI)
  throw new Error(`Redis does not answer at ${testRedisUrl}; CI must provide it.`);
if (!redisPresent)
  console.warn(`Skipping the multi-process tests: no Redis at ${testRedisUrl} (set TEST_REDIS_URL).`);

let first: AppProcess;
let second: AppProcess;

describe.runIf(redisPresent)("several processes sharing Redis", () => {
  beforeAll(async () => {
    const shared = {
      REDIS_URL: testRedisUrl,
      REDIS_KEY_PREFIX: `hearth-test-${randomBytes(4).toString("hex")}`,
      RATE_LIMIT_SCALE: "1",
      TRUST_PROXY: "true",
    };
    // Started together on purpose: migrating and seeding must cope with a twin starting at once.
    const started = await Promise.allSettled([
      startAppProcess({ databaseUrl: database.url, env: shared }),
      startAppProcess({ databaseUrl: database.url, env: shared }),
    ]);
    [first, second] = started.map((result) => (result.status === "fulfilled" ? result.value : undefined)) as [
      AppProcess,
      AppProcess,
    ];
    const failure = started.find((result) => result.status === "rejected");
    if (failure) throw (failure as PromiseRejectedResult).reason;
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it("closes a member's sockets on every process when their password changes on one", async () => {
    const member = await signUpMember(first.url);
    const { cookie } = await signIn(first.url, member.pseudonym, member.password);
    const onSecond = await connectSocket(second.url, { cookie: cookie as string });
    if (!onSecond.connected) throw new Error(`socket refused: ${onSecond.message}`);
    const closed = new Promise<string>((resolve) => onSecond.socket.once("disconnect", resolve));

    const result = await postJson(
      `${first.url}/api/account/password`,
      { currentPassword: member.password, newPassword: "moved to a new passphrase" },
      { cookie: cookie as string },
    );
    expect(result.status).toBe(200);
    expect(await closed).toBe("io server disconnect");
  });

  it("counts sign-ups from one address across both processes", async () => {
    const address = { "x-forwarded-for": "192.0.2.77" };
    const allowance = rateLimits.signUpPerAddress.points;
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= allowance; attempt++) {
      const app = attempt % 2 === 0 ? first : second;
      const { status } = await postJson(
        `${app.url}/api/signup`,
        {
          pseudonym: `Shared Limit ${attempt} ${randomBytes(2).toString("hex")}`,
          password: "lantern meadow quietly",
        },
        address,
      );
      statuses.push(status);
    }
    expect(statuses).toEqual([...Array(allowance).fill(201), 429]);
  });
});
