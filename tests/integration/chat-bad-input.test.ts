// Wrong shapes, oversized payloads, unknown rooms and events: each gets its error, nothing
// reaches the database, and the server keeps serving. Also the message rate limit (real allowance).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimits } from "@/lib/server/rate-limit/limits";
import type { WireMessage } from "@/lib/shared/chat-types";
import {
  ask,
  connectMember,
  createRoom,
  join,
  nextEvent,
  send,
  type ConnectedMember,
} from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({ RATE_LIMIT_SCALE: "1" }, { staffSecondFactor: "off" });
let ada: ConnectedMember;
let ben: ConnectedMember;
let roomId: string;

beforeAll(async () => {
  roomId = (await createRoom(hearth.database.prisma)).id;
  ada = await connectMember(hearth.app.url);
  ben = await connectMember(hearth.app.url);
  await join(ada.socket, roomId);
  await join(ben.socket, roomId);
});
afterAll(() => {
  ada?.socket.close();
  ben?.socket.close();
});

const messageCount = () => hearth.database.prisma.message.count();

describe("bad payloads", () => {
  it.each([
    ["wrong types", { roomId: 5, clientId: 7, body: ["hi"] }, ["roomId", "clientId", "body"]],
    ["missing fields", {}, ["roomId", "clientId", "body"]],
    ["a non-uuid clientId", { roomId: "ROOM", clientId: "not-a-uuid", body: "hi" }, ["clientId"]],
    ["an empty body", { roomId: "ROOM", clientId: randomUUID(), body: "   \n " }, ["body"]],
    [
      "a body over 2,000 characters",
      { roomId: "ROOM", clientId: randomUUID(), body: "a".repeat(2001) },
      ["body"],
    ],
    [
      "a content warning over 80 characters",
      { roomId: "ROOM", clientId: randomUUID(), body: "hi", contentWarning: "w".repeat(81) },
      ["contentWarning"],
    ],
  ])("message:send with %s answers invalid_input naming the fields", async (_case, payload, fields) => {
    const before = await messageCount();
    // "ROOM" stands for the test's real room, which only exists once the file has started.
    const withRoom = "roomId" in payload && payload.roomId === "ROOM" ? { ...payload, roomId } : payload;
    const answer = await ask(ada.socket, "message:send", withRoom);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe("invalid_input");
    expect(Object.keys(answer.error.fields ?? {}).sort()).toEqual([...fields].sort());
    expect(await messageCount()).toBe(before);
  });

  it.each([
    ["a string", "hello"],
    ["null", null],
    ["an array", [1, 2]],
    ["a number", 42],
  ])("answers a payload that is %s with invalid_input", async (_case, payload) => {
    for (const event of [
      "message:send",
      "room:join",
      "history",
      "message:react",
      "message:edit",
      "member:block",
    ]) {
      const answer = await ask(ada.socket, event, payload);
      expect(answer, event).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
  });

  it("answers an unknown room with not_found", async () => {
    const unknown = randomUUID();
    expect(
      await ask(ada.socket, "message:send", { roomId: unknown, clientId: randomUUID(), body: "hi" }),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await ask(ada.socket, "room:join", { roomId: unknown, acceptGuidelines: true })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await ask(ada.socket, "history", { roomId: unknown })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("answers unknown messages and odd ids with not_found or invalid_input", async () => {
    expect(await ask(ada.socket, "message:edit", { messageId: "999999999", body: "x" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await ask(ada.socket, "message:react", { messageId: "-1", kind: "hug" })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(await ask(ada.socket, "history", { roomId, before: "1", after: "2" })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(await ask(ada.socket, "history", { roomId, limit: 1000 })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });

  it("answers an unknown event with invalid_input", async () => {
    expect(await ask(ada.socket, "admin:delete-everything", { roomId })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });

  it("survives events without an acknowledgement", async () => {
    ada.socket.emit("message:send", { roomId, clientId: "nope", body: 1 });
    ada.socket.emit("no-such-event");
    ada.socket.emit("history");
    expect(await ask(ada.socket, "history", { roomId })).toMatchObject({ ok: true });
  });

  it("closes a connection that sends 100 KB, stores nothing, and keeps serving everyone else", async () => {
    const before = await messageCount();
    const victim = await connectMember(hearth.app.url);
    await join(victim.socket, roomId);
    const closed = new Promise<string>((resolve) => victim.socket.once("disconnect", resolve));
    victim.socket.emit(
      "message:send",
      { roomId, clientId: randomUUID(), body: "x".repeat(100 * 1024) },
      () => {},
    );
    expect(await closed).toMatch(/transport (close|error)|parse error/);
    victim.socket.close();
    expect(await messageCount()).toBe(before);

    const arriving = nextEvent<WireMessage>(ben.socket, "message:new");
    const sent = await send(ada.socket, roomId, "still here");
    expect((await arriving).id).toBe(sent.id);
  });
});

describe("message rate limit", () => {
  it(`allows ${rateLimits.messagePerMember.points} messages in ${rateLimits.messagePerMember.durationSeconds} s, then answers rate_limited with when to retry`, async () => {
    const fresh = await connectMember(hearth.app.url);
    await join(fresh.socket, roomId);
    for (let index = 0; index < rateLimits.messagePerMember.points; index++)
      await send(fresh.socket, roomId, `quick ${index}`);
    const refused = await ask(fresh.socket, "message:send", {
      roomId,
      clientId: randomUUID(),
      body: "one too many",
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "rate_limited", retryAfterSeconds: expect.any(Number) },
    });
    expect(await hearth.database.prisma.message.count({ where: { body: "one too many" } })).toBe(0);
    fresh.socket.close();
  });
});
