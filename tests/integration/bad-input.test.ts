// Bad input never reaches a 5xx or `internal`: control characters in any text, ids beyond
// bigint, malformed JSON, broken %-encoding in paths, next-auth's odd paths, and the same
// reaction, block or report sent several times at once.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson, signIn, signUpMember } from "@/tests/factories/accounts";
import { ask, connectMember, createRoom, join, send, type ConnectedMember } from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
let ada: ConnectedMember;
let ben: ConnectedMember;
let roomId = "";
let messageId = "";

beforeAll(async () => {
  roomId = (await createRoom(prisma())).id;
  ada = await connectMember(hearth.app.url);
  ben = await connectMember(hearth.app.url);
  await join(ada.socket, roomId);
  await join(ben.socket, roomId);
  messageId = (await send(ada.socket, roomId, "Something to react to")).id;
});
afterAll(() => {
  ada?.socket.close();
  ben?.socket.close();
});

describe("control characters", () => {
  it.each([
    ["a message", "message:send", () => ({ roomId, clientId: randomUUID(), body: "hi\u0000there" }), "body"],
    [
      "a content warning",
      "message:send",
      () => ({ roomId, clientId: randomUUID(), body: "hi", contentWarning: "cw\u0000" }),
      "contentWarning",
    ],
    ["an edit", "message:edit", () => ({ messageId, body: "edited\u0000" }), "body"],
    ["a report", "report:create", () => ({ messageId, reason: "other", details: "why\u0000" }), "details"],
    [
      "a moderation reason",
      "mod:action",
      () => ({ action: "warn", roomId, userId: ben.id, reason: "r\u0000" }),
      "reason",
    ],
  ])(
    "in %s answer invalid_input naming the field, and store nothing",
    async (_case, event, payload, field) => {
      const before = { messages: await prisma().message.count(), reports: await prisma().report.count() };
      const answer = await ask(ben.socket, event, payload());
      expect(answer).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      if (!answer.ok) expect(answer.error.fields?.[field]).toBeDefined();
      expect({ messages: await prisma().message.count(), reports: await prisma().report.count() }).toEqual(
        before,
      );
    },
  );

  it("in a pseudonym or password answer invalid_input over HTTP and at sign-in", async () => {
    const signUp = await postJson(`${hearth.app.url}/api/signup`, {
      pseudonym: "Nul\u0000Person",
      password: "lantern meadow quietly",
    });
    expect(signUp).toMatchObject({ status: 400, body: { error: { code: "invalid_input" } } });
    const outcome = await signIn(hearth.app.url, "Nul\u0000Person", "lantern\u0000meadow");
    expect(outcome.cookie).toBeUndefined();
    expect(JSON.parse(outcome.error ?? "{}")).toMatchObject({ code: "invalid_input" });
    const recover = await postJson(`${hearth.app.url}/api/recover`, {
      pseudonym: "x\u0000",
      recoveryCode: "ABCDE-FGHJK-MNPQR-STVWX",
      newPassword: "lantern meadow quietly",
    });
    expect(recover.status).toBe(400);
  });
});

describe("ids out of range", () => {
  it.each([
    ["message:react", { messageId: "9223372036854775808", kind: "heart" }],
    ["report:create", { messageId: "99999999999999999999", reason: "spam" }],
    ["mod:action", { action: "hide_message", messageId: "9223372036854775808", reason: "x" }],
    ["room:read", { roomId: "00000000-0000-0000-0000-000000000000", messageId: "9223372036854775808" }],
    ["history", { roomId: "00000000-0000-0000-0000-000000000000", before: "-1" }],
  ])("%s answers invalid_input", async (event, payload) => {
    expect(await ask(ada.socket, event, payload)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});

describe("malformed requests over HTTP", () => {
  const jsonRoutes = [
    "/api/signup",
    "/api/recover",
    "/api/account/password",
    "/api/account/sign-out-everywhere",
    "/api/blocks",
    "/api/reports",
    "/api/mod/actions",
    "/api/admin/actions",
    "/api/admin/watched-words",
  ];
  it.each(jsonRoutes)("POST %s with malformed JSON answers 400 invalid_input", async (route) => {
    for (const body of ['{"pseudonym": ', "{bad", "\u0000", "[1,2", '"unterminated']) {
      const result = await postJson(`${hearth.app.url}${route}`, body, { cookie: ada.cookie });
      expect(result.status, body).toBe(400);
      expect(result.body.error?.code).toBe("invalid_input");
    }
  });

  it.each([
    ["GET", "/rooms/%E0%A4%A"],
    ["GET", "/api/blocks/%ZZ"],
    ["DELETE", "/api/blocks/%ZZ"],
    ["GET", "/api/auth/%E0%A4%A"],
    ["POST", "/api/auth/callback/%ZZ"],
    ["GET", "/%"],
    ["GET", "/rooms/%C0%AF"],
  ])("%s %s (broken %-encoding) answers 400", async (method, path) => {
    const response = await fetch(`${hearth.app.url}${path}`, {
      method,
      headers: { origin: hearth.app.url, cookie: ada.cookie },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
  });

  it("next-auth's odd paths answer below 500", async () => {
    const at = (path: string) => `${hearth.app.url}/api/auth/${path}`;
    const own = { origin: hearth.app.url };
    const cases: [string, RequestInit, number][] = [
      ["callback/credentials", { method: "GET" }, 400],
      ["callback/credentials?pseudonym=a&password=b", { method: "GET" }, 400],
      [
        "_log",
        { method: "POST", headers: { ...own, "content-type": "application/json" }, body: "{bad" },
        204,
      ],
      [
        "_log",
        { method: "POST", headers: { ...own, "content-type": "application/json" }, body: '{"level":"x"}' },
        204,
      ],
      ["_log", { method: "GET" }, 400],
      [
        "callback/credentials",
        { method: "POST", headers: { ...own, "content-type": "application/json" }, body: "{bad" },
        415,
      ],
      [
        "callback/credentials",
        { method: "POST", headers: { ...own, "content-type": "text/plain" }, body: "x" },
        415,
      ],
      [
        "callback/credentials",
        {
          method: "POST",
          headers: { ...own, "content-type": "application/x-www-form-urlencoded" },
          body: "%%%=&&",
        },
        302,
      ],
      ["signin/nowhere", { method: "GET" }, 302],
      ["nonsense", { method: "GET" }, 400],
      [
        "nonsense",
        { method: "POST", headers: { ...own, "content-type": "application/x-www-form-urlencoded" } },
        400,
      ],
    ];
    for (const [path, init, status] of cases) {
      const response = await fetch(at(path), { ...init, redirect: "manual" });
      expect(response.status, `${init.method} ${path}`).toBe(status);
    }
  });
});

describe("the same thing several times at once", () => {
  it("toggling one reaction at once from several tabs never answers internal", async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => ask(ben.socket, "message:react", { messageId, kind: "hug" })),
    );
    for (const answer of answers) expect(answer.ok, JSON.stringify(answer)).toBe(true);
    const rows = await prisma().reaction.count({ where: { messageId: BigInt(messageId), userId: ben.id } });
    expect(rows).toBeLessThanOrEqual(1);
  });

  it("blocking one person at once over sockets and HTTP makes one block, no error", async () => {
    const carl = await signUpMember(hearth.app.url);
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => ask(ada.socket, "member:block", { userId: carl.id })),
      ...Array.from({ length: 4 }, () =>
        postJson(`${hearth.app.url}/api/blocks`, { userId: carl.id }, { cookie: ada.cookie }).then((r) => ({
          ok: r.status === 201,
          status: r.status,
        })),
      ),
    ]);
    for (const answer of answers) expect(answer.ok, JSON.stringify(answer)).toBe(true);
    expect(await prisma().block.count({ where: { blockerId: ada.id, blockedId: carl.id } })).toBe(1);
  });

  it("reporting one message at once several times makes one report", async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        ask<{ report: { id: string } }>(ben.socket, "report:create", { messageId, reason: "spam" }),
      ),
    );
    const ids = new Set(answers.map((answer) => (answer.ok ? answer.report.id : answer.error.code)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("room:read", () => {
  it("answers forbidden to someone not in the room, and changes nothing", async () => {
    const outsider = await connectMember(hearth.app.url);
    const answer = await ask(outsider.socket, "room:read", { roomId, messageId });
    expect(answer).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await prisma().membership.count({ where: { userId: outsider.id } })).toBe(0);
    outsider.socket.close();
  });

  it("moves a reader's marker forward", async () => {
    expect(await ask(ben.socket, "room:read", { roomId, messageId })).toEqual({ ok: true });
    const membership = await prisma().membership.findFirstOrThrow({ where: { roomId, userId: ben.id } });
    expect(membership.lastReadMessageId).toBe(BigInt(messageId));
  });
});
