// Watched words and crisis care on the real send path: blocked words store nothing, flagged
// words queue a report, crisis words bring a private card to their author only and an urgent
// item to the moderators. Only admins manage the words.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson } from "@/tests/factories/accounts";
import {
  ask,
  collect,
  createRoom,
  join,
  nextEvent,
  send,
  settle,
  type ConnectedMember,
} from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
let admin: ConnectedMember;
let moderator: ConnectedMember;
let author: ConnectedMember;
let reader: ConnectedMember;
let roomId: string;

const addWord = (who: ConnectedMember, body: Record<string, unknown>) =>
  postJson(`${hearth.app.url}/api/admin/watched-words`, { reason: "test", ...body }, { cookie: who.cookie });

beforeAll(async () => {
  roomId = (await createRoom(prisma())).id;
  [admin, moderator, author, reader] = [
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
  ];
  await makeAdmin(prisma(), hearth.app.url, admin);
  await placeInRoom(prisma(), moderator, roomId, { role: "moderator" });
  await join(moderator.socket, roomId);
  await join(author.socket, roomId);
  await join(reader.socket, roomId);
  // The author is a regular here: a newcomer's flagged words wait for a moderator instead
  // (newcomer trust: tests/integration/newcomer-trust.test.ts).
  await prisma().user.update({
    where: { id: author.id },
    data: { createdAt: new Date(Date.now() - 30 * 86_400_000) },
  });
  await prisma().membership.updateMany({
    where: { roomId, userId: author.id },
    data: { postCount: 40, joinedAt: new Date(Date.now() - 30 * 86_400_000) },
  });
  expect((await addWord(admin, { phrase: "worthless", action: "block" })).status).toBe(201);
  expect((await addWord(admin, { phrase: "shut up", action: "flag", roomId })).status).toBe(201);
});
afterAll(() => [admin, moderator, author, reader].forEach((p) => p?.socket.close()));

describe("watched words", () => {
  it.each(["You are worthless", "you are WORTHLESSSS", "you are w o r t h l e s s"])(
    "refuses %j gently and stores nothing",
    async (body) => {
      const before = await prisma().message.count();
      const seenByReader = collect(reader.socket, "message:new");
      const answer = await ask(author.socket, "message:send", { roomId, clientId: randomUUID(), body });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: "invalid_input", fields: { body: expect.stringMatching(/say it another way/) } },
      });
      await settle();
      expect(await prisma().message.count()).toBe(before);
      expect(seenByReader).toEqual([]);
    },
  );

  it("posts a flagged message and queues it for the room's moderators", async () => {
    const queued = nextEvent<{ messageId: string }>(moderator.socket, "report:new");
    const message = await send(author.socket, roomId, "Oh shut up already");
    expect(message.awaitingModerator).toBeUndefined();
    expect((await queued).messageId).toBe(message.id);
    const report = await prisma().report.findFirstOrThrow({ where: { messageId: BigInt(message.id) } });
    expect(report).toMatchObject({
      source: "watched_word",
      reporterId: null,
      status: "open",
      details: expect.stringContaining("shut up"),
    });
  });

  it("applies a word just added to every send arriving together (the list read once for all)", async () => {
    expect((await addWord(admin, { phrase: "grotty", action: "block" })).status).toBe(201);
    const before = await prisma().message.count();
    const [fromAuthor, fromReader, clean] = await Promise.all([
      ask(author.socket, "message:send", { roomId, clientId: randomUUID(), body: "That is grotty" }),
      ask(reader.socket, "message:send", { roomId, clientId: randomUUID(), body: "so GROTTY" }),
      ask(moderator.socket, "message:send", { roomId, clientId: randomUUID(), body: "Welcome, everyone" }),
    ]);
    for (const refused of [fromAuthor, fromReader])
      expect(refused).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(clean).toMatchObject({ ok: true, message: { body: "Welcome, everyone" } });
    expect(await prisma().message.count()).toBe(before + 1);
  });

  it("leaves words that only look alike alone", async () => {
    expect((await send(author.socket, roomId, "Nothing is worth less than kindness")).body).toContain(
      "worth less",
    );
  });

  it("can be managed by admins only, each change logged", async () => {
    for (const who of [moderator, author]) {
      const { status, body } = await addWord(who, { phrase: "meanie", action: "block" });
      expect(status).toBe(403);
      expect(body.error?.code).toBe("forbidden");
    }
    expect(
      (
        await postJson(`${hearth.app.url}/api/admin/watched-words`, {
          phrase: "meanie",
          action: "block",
          reason: "x",
        })
      ).status,
    ).toBe(401);
    expect((await addWord(admin, { phrase: "x", action: "delete" })).body.error?.fields).toMatchObject({
      phrase: expect.any(String),
      action: expect.any(String),
    });
    const before = await prisma().moderationAction.count({
      where: { kind: { in: ["add_watched_word", "remove_watched_word"] } },
    });
    const { body } = await addWord(admin, { phrase: "meanie", action: "block" });
    const removal = await fetch(`${hearth.app.url}/api/admin/watched-words`, {
      method: "DELETE",
      headers: { "content-type": "application/json", origin: hearth.app.url, cookie: admin.cookie },
      body: JSON.stringify({ id: body.id, reason: "too broad" }),
    });
    expect(removal.status).toBe(200);
    expect(
      await prisma().moderationAction.count({
        where: { kind: { in: ["add_watched_word", "remove_watched_word"] } },
      }),
    ).toBe(before + 2);
  });
});

describe("crisis care", () => {
  it("posts the message as usual, shows its author alone a care card, and puts a self-harm item at the top of the queue", async () => {
    const careForAuthor = nextEvent(author.socket, "crisis:care");
    const careSeenByReader = collect(reader.socket, "crisis:care");
    const queued = nextEvent<{ reason: string }>(
      moderator.socket,
      "report:new",
      (report) => report.reason === "self_harm_risk",
    );
    const arriving = nextEvent<{ body: string }>(reader.socket, "message:new", (m) =>
      m.body.includes("better off without me"),
    );

    const answer = await ask<{ message: { id: string }; care?: true }>(author.socket, "message:send", {
      roomId,
      clientId: randomUUID(),
      body: "Some days I think everyone would be better off without me.",
    });
    expect(answer).toMatchObject({ ok: true, care: true });
    await careForAuthor;
    await queued;
    expect((await arriving).body).toContain("better off without me");
    await settle();
    expect(careSeenByReader).toEqual([]);
    if (!answer.ok) return;
    const report = await prisma().report.findFirstOrThrow({
      where: { messageId: BigInt(answer.message.id), source: "crisis_detection" },
    });
    expect(report.reason).toBe("self_harm_risk");

    const queue = await fetch(`${hearth.app.url}/mod`, { headers: { cookie: moderator.cookie } }).then((r) =>
      r.text(),
    );
    expect(queue.indexOf("Self-harm risk")).toBeGreaterThan(-1);
    expect(queue.indexOf("Self-harm risk")).toBeLessThan(
      queue.indexOf("shut up") === -1 ? Infinity : queue.indexOf("shut up"),
    );
  });

  it("answers an ordinary message without a care card", async () => {
    const answer = await ask(author.socket, "message:send", {
      roomId,
      clientId: randomUUID(),
      body: "Today was a little better.",
    });
    expect(answer).toMatchObject({ ok: true });
    expect(answer).not.toHaveProperty("care");
  });
});
