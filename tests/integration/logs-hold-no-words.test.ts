// What the server writes, read line by line at its most verbose, after a member signs up with a
// password we can recognise, chats a sentence we can recognise, writes something that needs care
// (with a word we can recognise), is reported, hidden and muted, and some requests fail: no line
// holds those words or that password; every failed request has one JSON line whose request id is
// the one its error body and its X-Request-Id header carry. The moderator signs in as staff do,
// with the authenticator app's code after the password, and neither the app's secret nor the
// code shows either.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
import { postJson, signIn, signUpMember } from "@/tests/factories/accounts";
import {
  ask,
  connectMember,
  createRoom,
  join,
  openSocket,
  send,
  settle,
  type ConnectedMember,
} from "@/tests/factories/chat";
import { placeInRoom } from "@/tests/factories/moderation";
import { appCode, signInWithApp, turnOnApp } from "@/tests/factories/second-factor";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({ LOG_LEVEL: "trace" });
const tag = () => randomBytes(5).toString("hex");
const sentinelPassword = `quokka ${tag()} saffron ledger`;
const wrongPassword = `wombat ${tag()} cinnamon harbour`;
const sentinelSentence = `the periwinkle ${tag()} otter hums at dawn`;
const crisisWord = `xylophone${tag()}`;
const crisisSentence = `I'm going to jump off the bridge tonight, ${crisisWord}`;
const reportWords = `clementine${tag()}`;
const moderatorWords = `tamarind${tag()}`;
const staffSecrets: string[] = [];
const everyone: ConnectedMember[] = [];
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

interface FailedRequest {
  requestId: string;
  status: number;
  code: string;
}
const failures: FailedRequest[] = [];

/** Keeps what a failed HTTP request told the client, after checking its body and header agree. */
function keepFailure(
  response: { status: number; headers: Headers; body?: { error?: { code: string; requestId?: string } } },
  expectedCode: string,
): void {
  const requestId = response.headers.get("x-request-id");
  expect(requestId).toBeTruthy();
  expect(response.body?.error?.code).toBe(expectedCode);
  expect(response.body?.error?.requestId).toBe(requestId);
  failures.push({ requestId: requestId as string, status: response.status, code: expectedCode });
}

let roomId: string;
let author: ConnectedMember;

beforeAll(async () => {
  roomId = (await createRoom(hearth.database.prisma)).id;
  const member = await signUpMember(hearth.app.url, { password: sentinelPassword });
  const { cookie } = await signIn(hearth.app.url, member.pseudonym, sentinelPassword);
  if (!cookie) throw new Error("sign-in failed");
  author = { ...member, cookie, socket: await openSocket(hearth.app.url, cookie) };
  everyone.push(author);
});

describe("a day's chat, care and moderation", () => {
  it("happens, with every kind of words Hearth must keep out of its log", async () => {
    const reporter = await connectMember(hearth.app.url);
    // A moderator's powers wait for a second step (decision 0028): the app, then password and code.
    const staff = await connectMember(hearth.app.url);
    staff.socket.close();
    const secret = await turnOnApp(hearth.app.url, staff.cookie);
    const code = appCode(secret, 1);
    staffSecrets.push(secret, code);
    const staffCookie = await signInWithApp(hearth.app.url, staff, code);
    const moderator = {
      ...staff,
      cookie: staffCookie,
      socket: await openSocket(hearth.app.url, staffCookie),
    };
    everyone.push(reporter, moderator);
    await placeInRoom(hearth.database.prisma, moderator, roomId, { role: "moderator" });
    for (const someone of [author, reporter, moderator]) await join(someone.socket, roomId);

    await send(author.socket, roomId, sentinelSentence);
    const crisis = await ask<{ message: WireMessage; care?: true }>(author.socket, "message:send", {
      roomId,
      clientId: randomUUID(),
      body: crisisSentence,
    });
    expect(crisis).toMatchObject({ ok: true, care: true });
    const messageId = crisis.ok ? crisis.message.id : "";

    expect(
      await ask(reporter.socket, "report:create", { messageId, reason: "harassment", details: reportWords }),
    ).toMatchObject({ ok: true });
    expect(
      await ask(moderator.socket, "mod:action", {
        action: "hide_message",
        messageId,
        reason: `hidden: ${moderatorWords}`,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await ask(moderator.socket, "mod:action", {
        action: "mute",
        roomId,
        userId: author.id,
        minutes: 10,
        reason: `muted: ${moderatorWords}`,
      }),
    ).toMatchObject({ ok: true });

    // A refused socket request answers with its id too (the member is muted now).
    const muted = await ask(author.socket, "message:send", {
      roomId,
      clientId: randomUUID(),
      body: sentinelSentence,
    });
    expect(muted).toMatchObject({ ok: false, error: { code: "muted" } });
    if (!muted.ok) {
      expect(muted.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
      failures.push({ requestId: muted.error.requestId as string, status: 0, code: "muted" });
    }
  });

  it("and some requests fail: bad input, a wrong password, a page that is not there", async () => {
    const weak = await postJson(`${hearth.app.url}/api/signup`, {
      pseudonym: "",
      password: sentinelPassword,
    });
    expect(weak.status).toBe(400);
    keepFailure(weak, "invalid_input");

    const notJson = await postJson(`${hearth.app.url}/api/signup`, `{"password": "${sentinelPassword}"`);
    expect(notJson.status).toBe(400);
    keepFailure(notJson, "invalid_input");

    // An id a proxy in front gave is kept, so its logs and Hearth's meet.
    const givenId = `edge-${tag()}`;
    const unauthenticated = await postJson(
      `${hearth.app.url}/api/account/password`,
      {},
      { "x-request-id": givenId },
    );
    expect(unauthenticated.status).toBe(401);
    keepFailure(unauthenticated, "unauthenticated");
    expect(unauthenticated.headers.get("x-request-id")).toBe(givenId);

    // An id that is not plain is replaced, never written to the log as given.
    const odd = await postJson(
      `${hearth.app.url}/api/account/password`,
      {},
      { "x-request-id": `${crisisWord} "x"` },
    );
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    keepFailure(odd, "unauthenticated");

    expect((await signIn(hearth.app.url, author.pseudonym, wrongPassword)).error).toBeTruthy();

    const missing = await fetch(`${hearth.app.url}/api/no-such-thing?words=${crisisWord}`);
    expect(missing.status).toBe(404);
  });
});

describe("the server's output", () => {
  let lines: string[];
  beforeAll(async () => {
    await settle(500);
    lines = hearth.app.output().split("\n");
  });

  it("holds none of the words, passwords or reasons", () => {
    expect(lines.length).toBeGreaterThan(10);
    for (const secret of [
      sentinelPassword,
      wrongPassword,
      sentinelSentence,
      crisisWord,
      crisisSentence,
      reportWords,
      moderatorWords,
      "periwinkle",
      "quokka",
      "wombat",
      "bridge tonight",
      author.cookie.split("=")[1] as string,
      ...staffSecrets,
    ])
      for (const line of lines) expect(line, `a log line holds "${secret}"`).not.toContain(secret);
  });

  it("has one JSON line per failed request, with the id its answer carried", () => {
    const records = lines
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const failure of failures) {
      const matching = records.filter((record) => record.requestId === failure.requestId);
      expect(matching, failure.requestId).toHaveLength(1);
      expect(matching[0]).toMatchObject({ code: failure.code });
      if (failure.status)
        expect(matching[0]).toMatchObject({
          status: failure.status,
          method: "POST",
          path: expect.stringMatching(/^\/api\//),
          durationMs: expect.any(Number),
        });
      else expect(matching[0]).toMatchObject({ event: "message:send", durationMs: expect.any(Number) });
    }
    // The moderator's password step (second_step_required) and the wrong password both answer 401.
    const signIns = records.filter((record) => record.path === "/api/auth/callback/credentials");
    expect(signIns.map((record) => [record.status, record.code])).toEqual(
      expect.arrayContaining([
        [401, "second_step_required"],
        [401, "unauthenticated"],
      ]),
    );
    expect(records.find((record) => record.path === "/api/no-such-thing")).toMatchObject({
      status: 404,
      code: "not_found",
    });
  });
});
