// The real allowances (RATE_LIMIT_SCALE=1): sign-up per address, sign-in per pseudonym and per
// address, recovery per pseudonym, edits per member. Each answer past the limit says when to retry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodPassword, postJson, signIn, signUpMember, uniquePseudonym } from "@/tests/factories/accounts";
import { rateLimits, type RateLimitName } from "@/lib/server/rate-limit/limits";
import { appPerFile } from "@/tests/setup/app-per-file";
import {
  ask,
  connectMember,
  createRoom,
  join,
  openSocket,
  send,
  type ConnectedMember,
} from "@/tests/factories/chat";

// TRUST_PROXY lets each test speak from its own address, so the limits do not mix.
const hearth = appPerFile({ RATE_LIMIT_SCALE: "1", TRUST_PROXY: "true" }, { staffSecondFactor: "off" });
const database = hearth.database;

const from = (address: string) => ({ "x-forwarded-for": address });

describe("rate limits", () => {
  it(`allows ${rateLimits.signUpPerAddress.points} sign-ups an hour from one address, then answers 429 rate_limited and writes nothing`, async () => {
    for (let attempt = 0; attempt < rateLimits.signUpPerAddress.points; attempt++) {
      const { status } = await postJson(
        `${hearth.app.url}/api/signup`,
        { pseudonym: uniquePseudonym(), password: goodPassword },
        from("198.51.100.1"),
      );
      expect(status).toBe(201);
    }
    const before = await database.prisma.user.count();
    const refused = await postJson(
      `${hearth.app.url}/api/signup`,
      { pseudonym: uniquePseudonym(), password: goodPassword },
      from("198.51.100.1"),
    );
    expect(refused.status).toBe(429);
    expect(refused.body.error?.code).toBe("rate_limited");
    expect(refused.body.error?.retryAfterSeconds).toBeGreaterThan(60 * 50);
    expect(Number(refused.headers.get("retry-after"))).toBe(refused.body.error?.retryAfterSeconds);
    expect(refused.body.error?.message).toMatch(/wait \d+ minutes/);
    expect(await database.prisma.user.count()).toBe(before);

    const elsewhere = await postJson(
      `${hearth.app.url}/api/signup`,
      { pseudonym: uniquePseudonym(), password: goodPassword },
      from("198.51.100.2"),
    );
    expect(elsewhere.status).toBe(201);
  });

  it("cannot be escaped by writing one's own X-Forwarded-For entries (read from the right, one proxy)", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= rateLimits.signUpPerAddress.points; attempt++) {
      const spoofed = { "x-forwarded-for": `203.0.113.${attempt + 1}, 10.9.9.${attempt}, 198.51.100.60` };
      const { status } = await postJson(
        `${hearth.app.url}/api/signup`,
        { pseudonym: uniquePseudonym(), password: goodPassword },
        spoofed,
      );
      statuses.push(status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 201)).toBe(true);
  });

  it(`stops guessing one pseudonym from one address after ${rateLimits.signInFailuresPerAddressAndPseudonym.points} failures, and the owner still signs in from elsewhere`, async () => {
    const member = await signUpMember(hearth.app.url);
    const attacker = from("198.51.100.20");
    for (let attempt = 0; attempt < rateLimits.signInFailuresPerAddressAndPseudonym.points; attempt++) {
      const { error } = await signIn(
        hearth.app.url,
        member.pseudonym,
        `wrong guess ${attempt} here`,
        attacker,
      );
      expect(JSON.parse(error ?? "{}").code).toBe("unauthenticated");
    }
    const { cookie, error } = await signIn(hearth.app.url, member.pseudonym, member.password, attacker);
    expect(cookie).toBeUndefined();
    expect(JSON.parse(error ?? "{}")).toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: expect.any(Number),
    });
    // The owner, at home: not locked out, only (a little) slowed down.
    expect(
      (await signIn(hearth.app.url, member.pseudonym, member.password, from("198.51.100.21"))).cookie,
    ).toBeDefined();
  });

  it("slows down, never locks, a pseudonym guessed at from many addresses: the right password still works", async () => {
    const member = await signUpMember(hearth.app.url);
    const free = rateLimits.signInFailuresPerPseudonym.points;
    const timeOf = async (password: string, address: string) => {
      const started = Date.now();
      const outcome = await signIn(hearth.app.url, member.pseudonym, password, from(address));
      return { ...outcome, ms: Date.now() - started };
    };
    // How long a sign-in takes here with no slow-down: the quicker of two (a busy machine varies).
    const [first, second] = [
      await timeOf(member.password, "192.0.2.250"),
      await timeOf(member.password, "192.0.2.251"),
    ];
    const quick = first.ms < second.ms ? first : second;
    for (let attempt = 0; attempt < free + 4; attempt++) {
      const { error } = await timeOf(`wrong guess ${attempt}`, `192.0.2.${attempt + 1}`);
      expect(JSON.parse(error ?? "{}").code).toBe("unauthenticated");
    }
    // free + 4 failures: the next attempt waits 250 ms × 2³ = 2 s before it is even checked.
    const owner = await timeOf(member.password, "192.0.2.200");
    expect(owner.cookie).toBeDefined();
    expect(owner.ms).toBeGreaterThanOrEqual(1900);
    expect(owner.ms).toBeGreaterThan(quick.ms + 1500);
    // A success clears the slow-down.
    expect((await timeOf(member.password, "192.0.2.201")).ms).toBeLessThan(1500);
  });

  it(`stops one address after ${rateLimits.signInFailuresPerAddress.points} failed sign-ins, whatever pseudonyms it tries; successes do not count`, async () => {
    const address = from("198.51.100.40");
    const member = await signUpMember(hearth.app.url);
    for (let success = 0; success < 5; success++)
      expect((await signIn(hearth.app.url, member.pseudonym, member.password, address)).cookie).toBeDefined();
    for (let attempt = 0; attempt < rateLimits.signInFailuresPerAddress.points; attempt++) {
      const { error } = await signIn(hearth.app.url, `Guess Name ${attempt}`, "some password guess", address);
      expect(JSON.parse(error ?? "{}").code).toBe("unauthenticated");
    }
    expect(
      JSON.parse((await signIn(hearth.app.url, member.pseudonym, member.password, address)).error ?? "{}")
        .code,
    ).toBe("rate_limited");
    expect(
      (await signIn(hearth.app.url, member.pseudonym, member.password, from("198.51.100.41"))).cookie,
    ).toBeDefined();
  });

  it(`stops wrong recovery codes from one address after ${rateLimits.recoveryFailuresPerAddressAndPseudonym.points}, and the owner's code still works from elsewhere`, async () => {
    const member = await signUpMember(hearth.app.url);
    const wrong = {
      pseudonym: member.pseudonym,
      recoveryCode: "ABCDE-FGHJK-MNPQR-STVWX",
      newPassword: "fine new passphrase",
    };
    const attacker = from("203.0.113.1");
    for (let attempt = 0; attempt < rateLimits.recoveryFailuresPerAddressAndPseudonym.points; attempt++) {
      expect((await postJson(`${hearth.app.url}/api/recover`, wrong, attacker)).status).toBe(401);
    }
    const refused = await postJson(
      `${hearth.app.url}/api/recover`,
      { ...wrong, recoveryCode: member.recoveryCode },
      attacker,
    );
    expect(refused).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: member.id } })).sessionVersion).toBe(
      1,
    );

    const owner = await postJson(
      `${hearth.app.url}/api/recover`,
      { ...wrong, recoveryCode: member.recoveryCode },
      from("203.0.113.99"),
    );
    expect(owner.status).toBe(200);
  });
});

describe("edits", () => {
  it(`allow ${rateLimits.messageEditPerMember.points} a minute, then answer rate_limited and change nothing`, async () => {
    const room = await createRoom(database.prisma);
    const writer = await connectMember(hearth.app.url);
    try {
      await join(writer.socket, room.id);
      const message = await send(writer.socket, room.id, "first words");
      for (let edit = 1; edit <= rateLimits.messageEditPerMember.points; edit++)
        expect(
          await ask(writer.socket, "message:edit", { messageId: message.id, body: `edit ${edit}` }),
        ).toMatchObject({
          ok: true,
        });
      expect(
        await ask(writer.socket, "message:edit", { messageId: message.id, body: "one too many" }),
      ).toMatchObject({
        ok: false,
        error: { code: "rate_limited", retryAfterSeconds: expect.any(Number) },
      });
      const stored = await database.prisma.message.findUniqueOrThrow({ where: { id: BigInt(message.id) } });
      expect(stored.body).toBe(`edit ${rateLimits.messageEditPerMember.points}`);
    } finally {
      writer.socket.close();
    }
  });
});

describe("limits on every action others see or that costs work", () => {
  type Setup = { roomId: string; messageId: string; actor: ConnectedMember; other: ConnectedMember };
  let setup: Setup;

  beforeAll(async () => {
    const room = await createRoom(database.prisma);
    // Signed up from an address of their own: the sign-up tests above used up the default one's.
    const person = async (address: string): Promise<ConnectedMember> => {
      const pseudonym = uniquePseudonym();
      const { body } = await postJson(
        `${hearth.app.url}/api/signup`,
        { pseudonym, password: goodPassword },
        from(address),
      );
      const { cookie } = await signIn(hearth.app.url, pseudonym, goodPassword, from(address));
      if (!cookie) throw new Error("sign-in failed");
      const signedUp = { id: body.id as string, pseudonym, password: goodPassword, recoveryCode: "" };
      return { ...signedUp, cookie, socket: await openSocket(hearth.app.url, cookie) };
    };
    const actor = await person("198.51.100.77");
    const other = await person("198.51.100.78");
    await database.prisma.user.update({ where: { id: actor.id }, data: { siteRole: "admin" } });
    actor.socket.close();
    actor.socket = await openSocket(hearth.app.url, actor.cookie);
    await join(actor.socket, room.id);
    await join(other.socket, room.id);
    const message = await send(other.socket, room.id, "words to react to");
    setup = { roomId: room.id, messageId: message.id, actor, other };
  });
  afterAll(() => {
    setup?.actor.socket.close();
    setup?.other.socket.close();
  });

  const cases: [RateLimitName, string, () => Record<string, unknown>][] = [
    ["reactionPerMember", "message:react", () => ({ messageId: setup.messageId, kind: "heart" })],
    ["reportPerMember", "report:create", () => ({ messageId: setup.messageId, reason: "other" })],
    ["blockPerMember", "member:block", () => ({ userId: setup.other.id })],
    ["roomJoinLeavePerMember", "room:join", () => ({ roomId: setup.roomId })],
    ["historyPerMember", "history", () => ({ roomId: setup.roomId, limit: 1 })],
    [
      "moderationActionPerMember",
      "mod:action",
      () => ({ action: "slow_mode", roomId: setup.roomId, seconds: 0, reason: "limits" }),
    ],
  ];

  it.each(cases)(
    "%s: %s is allowed the table's number of times, then answers rate_limited",
    async (name, event, payload) => {
      // The actor joined the room once while the test was set up.
      const used = name === "roomJoinLeavePerMember" ? 1 : 0;
      const { points } = rateLimits[name];
      for (let attempt = used; attempt < points; attempt++) {
        const answer = await ask(setup.actor.socket, event, payload());
        expect(answer, `attempt ${attempt + 1}: ${JSON.stringify(answer).slice(0, 200)}`).toMatchObject({
          ok: true,
        });
      }
      const audit = await database.prisma.moderationAction.count();
      expect(await ask(setup.actor.socket, event, payload())).toMatchObject({
        ok: false,
        error: { code: "rate_limited", retryAfterSeconds: expect.any(Number) },
      });
      expect(await database.prisma.moderationAction.count()).toBe(audit);
    },
  );

  it("adminActionPerMember: admin actions and watched words share one allowance, then answer 429", async () => {
    const { points } = rateLimits.adminActionPerMember;
    const add = (phrase: string) =>
      postJson(
        `${hearth.app.url}/api/admin/watched-words`,
        { phrase, action: "flag", reason: "limits" },
        { cookie: setup.actor.cookie },
      );
    for (let attempt = 0; attempt < points; attempt++)
      expect((await add(`phrase ${attempt}`)).status).toBe(201);
    const refused = await add("one too many");
    expect(refused).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect(await database.prisma.watchedWord.count({ where: { phrase: "one too many" } })).toBe(0);
    const admin = await postJson(
      `${hearth.app.url}/api/admin/actions`,
      { action: "create_topic", slug: "limits-topic", name: "Limits", description: "", reason: "limits" },
      { cookie: setup.actor.cookie },
    );
    expect(admin.status).toBe(429);
  });

  it("sessionFollowPerMember: following sessions and saying yes to notifications share one allowance", async () => {
    const { points } = rateLimits.sessionFollowPerMember;
    const follow = (following: boolean) =>
      postJson(
        `${hearth.app.url}/api/sessions/follow`,
        { roomId: setup.roomId, following },
        { cookie: setup.other.cookie },
      );
    for (let attempt = 0; attempt < points; attempt++)
      expect((await follow(attempt % 2 === 0)).status).toBe(200);
    expect(await follow(true)).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect(await database.prisma.sessionFollow.count({ where: { userId: setup.other.id } })).toBe(0);
  });
});
