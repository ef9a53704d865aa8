// Newcomer trust (docs/decisions/0021) through real sockets: a newcomer's message in a careful
// room waits for a moderator, seen by its author alone; approving it brings it to everyone, live
// and in the catch-up; declining it tells its author kindly; links from new accounts and flagged
// words from newcomers wait too; words that read as a crisis never wait; admins set the
// thresholds, and only admins.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { JoinAnswer } from "@/lib/shared/realtime-events";
import { postJson } from "@/tests/factories/accounts";
import {
  ask,
  collect,
  createRoom,
  join,
  nextEvent,
  openSocket,
  send,
  settle,
  type ConnectedMember,
} from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
let admin: ConnectedMember;
let moderator: ConnectedMember;
let otherModerator: ConnectedMember;
let regular: ConnectedMember;
let carefulRoom: string;
let openRoom: string;

async function member(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3_600_000);

/** An old account that has talked here for a while: not new anywhere. */
async function makeRegular(person: ConnectedMember, roomId: string) {
  await prisma().user.update({ where: { id: person.id }, data: { createdAt: daysAgo(60) } });
  await prisma().membership.update({
    where: { roomId_userId: { roomId, userId: person.id } },
    data: { postCount: 40, joinedAt: daysAgo(30) },
  });
}

const modAction = (who: ConnectedMember, body: Record<string, unknown>) =>
  ask(who.socket, "mod:action", { reason: "newcomer trust test", ...body });
const adminAction = (who: ConnectedMember, body: Record<string, unknown>) =>
  postJson(`${hearth.app.url}/api/admin/actions`, { reason: "thresholds", ...body }, { cookie: who.cookie });
const defaults = { newcomerMessages: 5, newcomerHours: 24, linkAccountHours: 24, linkMessages: 5 };

async function newcomerIn(roomId: string): Promise<ConnectedMember> {
  const person = await member();
  await join(person.socket, roomId);
  return person;
}

beforeAll(async () => {
  carefulRoom = (await createRoom(prisma())).id;
  openRoom = (await createRoom(prisma())).id;
  [admin, moderator, otherModerator, regular] = [
    await member(),
    await member(),
    await member(),
    await member(),
  ];
  await makeAdmin(prisma(), hearth.app.url, admin);
  await placeInRoom(prisma(), moderator, carefulRoom, { role: "moderator" });
  await placeInRoom(prisma(), moderator, openRoom, { role: "moderator" });
  await placeInRoom(prisma(), otherModerator, openRoom, { role: "moderator" });
  for (const roomId of [carefulRoom, openRoom]) {
    await join(moderator.socket, roomId);
    await join(regular.socket, roomId);
    await makeRegular(regular, roomId);
  }
  await join(otherModerator.socket, openRoom);
  const made = await modAction(moderator, { action: "careful", roomId: carefulRoom, careful: true });
  expect(made).toEqual({ ok: true });
});
afterAll(() => everyone.forEach((person) => person.socket.close()));

describe("careful rooms", () => {
  it("are set by the room's moderators, announced to the room, logged; members are refused", async () => {
    const room = await createRoom(prisma());
    const reader = await newcomerIn(room.id);
    await placeInRoom(prisma(), moderator, room.id, { role: "moderator" });
    expect(await modAction(reader, { action: "careful", roomId: room.id, careful: true })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    // The room's member count is announced too, debounced after the join: wait for this change.
    const announced = nextEvent<{ id: string; careful?: boolean }>(
      reader.socket,
      "room:updated",
      (update) => "careful" in update,
    );
    expect(await modAction(moderator, { action: "careful", roomId: room.id, careful: true })).toEqual({
      ok: true,
    });
    expect(await announced).toEqual({ id: room.id, careful: true });
    expect((await join(reader.socket, room.id)).room.careful).toBe(true);
    expect(await prisma().moderationAction.count({ where: { roomId: room.id, kind: "set_careful" } })).toBe(
      1,
    );
  });

  it("hold a newcomer's message: its author sees it waiting, nobody else does, moderators get it in the queue", async () => {
    const newcomer = await newcomerIn(carefulRoom);
    const seenByRegular = collect<WireMessage>(regular.socket, "message:new");
    const queued = nextEvent<{ messageId: string }>(moderator.socket, "report:new");
    const mine = await send(newcomer.socket, carefulRoom, "Hello everyone, I am new here");
    expect(mine).toMatchObject({ awaitingModerator: "careful_room", body: "Hello everyone, I am new here" });
    expect((await queued).messageId).toBe(mine.id);
    await settle();
    expect(seenByRegular.filter((message) => message.id === mine.id)).toEqual([]);

    const stored = await prisma().message.findUniqueOrThrow({ where: { id: BigInt(mine.id) } });
    expect(stored).toMatchObject({ heldForReview: true, heldFor: "careful_room" });
    expect(
      await prisma().report.findFirstOrThrow({
        where: { messageId: BigInt(mine.id), source: "newcomer_hold" },
      }),
    ).toMatchObject({ status: "open", reporterId: null });
    // Not counted towards being a regular while it waits.
    expect(
      (await prisma().membership.findFirstOrThrow({ where: { roomId: carefulRoom, userId: newcomer.id } }))
        .postCount,
    ).toBe(0);

    const authorsPage = await ask<{ messages: WireMessage[] }>(newcomer.socket, "history", {
      roomId: carefulRoom,
    });
    expect(authorsPage.ok && authorsPage.messages.find((m) => m.id === mine.id)).toMatchObject({
      awaitingModerator: "careful_room",
    });
    const othersPage = await ask<{ messages: WireMessage[] }>(regular.socket, "history", {
      roomId: carefulRoom,
    });
    expect(othersPage.ok && othersPage.messages.some((m) => m.id === mine.id)).toBe(false);
  });

  it("let a regular's and a moderator's messages through at once", async () => {
    for (const person of [regular, moderator]) {
      const message = await send(person.socket, carefulRoom, `Welcome, from ${person.pseudonym}`);
      expect(message.awaitingModerator).toBeUndefined();
    }
  });

  it("approved: everyone gets it live, a reader who was away gets it in the catch-up, in id order", async () => {
    const newcomer = await newcomerIn(carefulRoom);
    const away = await newcomerIn(carefulRoom);
    await makeRegular(away, carefulRoom);
    const held = await send(newcomer.socket, carefulRoom, "Thank you for having me");
    const after = await send(regular.socket, carefulRoom, "A later message, shown at once");
    const beforeLeaving = await join(away.socket, carefulRoom);
    expect(beforeLeaving.messages.at(-1)?.id).toBe(after.id);
    expect(beforeLeaving.messages.some((m) => m.id === held.id)).toBe(false);
    away.socket.close();

    const live = nextEvent<WireMessage>(regular.socket, "message:new", (m) => m.id === held.id);
    const authorUpdate = nextEvent<WireMessage>(newcomer.socket, "message:updated", (m) => m.id === held.id);
    expect(await modAction(moderator, { action: "approve_message", messageId: held.id, reason: "" })).toEqual(
      {
        ok: true,
      },
    );
    expect(await live).toMatchObject({ id: held.id, body: "Thank you for having me" });
    expect((await live).awaitingModerator).toBeUndefined();
    expect((await authorUpdate).awaitingModerator).toBeUndefined();

    // The reader who was away held everything through `after`: the approved message is older,
    // so it comes back among what changed.
    away.socket = await openSocket(hearth.app.url, away.cookie);
    const rejoined = await ask<JoinAnswer>(away.socket, "room:join", {
      roomId: carefulRoom,
      after: after.id,
      changedSince: beforeLeaving.syncedAt,
    });
    if (!rejoined.ok) throw new Error(rejoined.error.message);
    expect(rejoined.changed?.find((m) => m.id === held.id)).toMatchObject({
      body: "Thank you for having me",
    });
    // And reading from the start shows it in its place.
    const fromStart = await ask<{ messages: WireMessage[] }>(away.socket, "history", {
      roomId: carefulRoom,
      after: "0",
    });
    if (!fromStart.ok) throw new Error(fromStart.error.message);
    const ids = fromStart.messages.map((m) => BigInt(m.id));
    expect(ids.indexOf(BigInt(held.id))).toBeLessThan(ids.indexOf(BigInt(after.id)));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);

    const stored = await prisma().message.findUniqueOrThrow({ where: { id: BigInt(held.id) } });
    expect(stored).toMatchObject({ heldForReview: false, heldFor: null });
    expect(
      (await prisma().membership.findFirstOrThrow({ where: { roomId: carefulRoom, userId: newcomer.id } }))
        .postCount,
    ).toBe(1);
    expect(await prisma().report.count({ where: { messageId: BigInt(held.id), status: "open" } })).toBe(0);
    expect(
      await prisma().moderationAction.findFirstOrThrow({
        where: { messageId: BigInt(held.id), kind: "approve_message" },
      }),
    ).toMatchObject({ actorId: moderator.id, reason: "Approved" });
    // Deciding twice: it is no longer waiting.
    expect(await modAction(admin, { action: "approve_message", messageId: held.id })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });

  it("declined: nobody else ever sees it, its author is told kindly and sees it was not shared", async () => {
    const newcomer = await newcomerIn(carefulRoom);
    const seenByRegular = collect<WireMessage>(regular.socket, "message:new");
    const held = await send(newcomer.socket, carefulRoom, "Buy my course, it changed my life");
    const notice = nextEvent<{ kind: string; body: string }>(newcomer.socket, "notice:new");
    const updated = nextEvent<WireMessage>(newcomer.socket, "message:updated", (m) => m.id === held.id);
    expect(
      await modAction(moderator, { action: "decline_message", messageId: held.id, reason: "" }),
    ).toMatchObject({
      ok: false,
      error: { code: "invalid_input", fields: { reason: expect.any(String) } },
    });
    expect(
      await modAction(moderator, { action: "decline_message", messageId: held.id, reason: "Advertising" }),
    ).toEqual({ ok: true });
    expect(await notice).toMatchObject({
      kind: "message_declined",
      body: expect.stringContaining("You are still welcome"),
    });
    expect(await updated).toMatchObject({ hidden: true, body: "Buy my course, it changed my life" });
    await settle();
    expect(seenByRegular.filter((m) => m.id === held.id)).toEqual([]);
    const othersPage = await ask<{ messages: WireMessage[] }>(regular.socket, "history", {
      roomId: carefulRoom,
    });
    expect(othersPage.ok && othersPage.messages.some((m) => m.id === held.id)).toBe(false);
    expect(await prisma().report.count({ where: { messageId: BigInt(held.id), status: "open" } })).toBe(0);
  });

  it("only the room's moderators and admins decide, never on their own message", async () => {
    const newcomer = await newcomerIn(carefulRoom);
    const stranger = await newcomerIn(openRoom);
    // Plain words: a random id's letters can read as a crisis ("d1e0" is "die"), and a crisis is never held.
    let count = 0;
    const held = async () => (await send(newcomer.socket, carefulRoom, `Waiting, message ${++count}`)).id;
    for (const action of ["approve_message", "decline_message"]) {
      const messageId = await held();
      for (const who of [otherModerator, regular, stranger, newcomer]) {
        expect(await modAction(who, { action, messageId }), `${action} by ${who.pseudonym}`).toMatchObject({
          ok: false,
          error: { code: "forbidden" },
        });
      }
      expect(await modAction(admin, { action, messageId })).toEqual({ ok: true });
    }
    // A moderator's own held message (held by reports, say, then by a newcomer rule in the past):
    const own = await send(moderator.socket, carefulRoom, "My own words");
    await prisma().message.update({
      where: { id: BigInt(own.id) },
      data: { heldForReview: true, heldFor: "careful_room" },
    });
    expect(await modAction(moderator, { action: "approve_message", messageId: own.id })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await modAction(admin, { action: "approve_message", messageId: own.id })).toEqual({ ok: true });
  });
});

describe("crisis words are never held", () => {
  it("a newcomer in crisis in a careful room: shown (covered) to others, care for them, an urgent item for moderators", async () => {
    const newcomer = await newcomerIn(carefulRoom);
    const care = nextEvent<{ messageId: string }>(newcomer.socket, "crisis:care");
    const seen = nextEvent<WireMessage>(regular.socket, "message:new", (m) => m.author.id === newcomer.id);
    const queued = nextEvent<{ reason: string }>(
      moderator.socket,
      "report:new",
      (r) => r.reason === "self_harm_risk",
    );
    const answer = await ask<{ message: WireMessage; care?: true }>(newcomer.socket, "message:send", {
      roomId: carefulRoom,
      clientId: randomUUID(),
      body: "I want to die, I can't do this anymore https://example.org",
    });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.care).toBe(true);
    expect(answer.message.awaitingModerator).toBeUndefined();
    expect((await care).messageId).toBe(answer.message.id);
    expect(await seen).toMatchObject({ id: answer.message.id, needsCare: true });
    await queued;
    expect(
      await prisma().message.findUniqueOrThrow({ where: { id: BigInt(answer.message.id) } }),
    ).toMatchObject({
      heldForReview: false,
      heldFor: null,
    });
  });
});

describe("links from new accounts", () => {
  it("wait for review in any room, with the reason; an established account's links are shown", async () => {
    const newcomer = await newcomerIn(openRoom);
    const seenByRegular = collect<WireMessage>(regular.socket, "message:new");
    const held = await send(newcomer.socket, openRoom, "This helped me: www.example.org/grief");
    expect(held.awaitingModerator).toBe("link");
    const plain = await send(newcomer.socket, openRoom, "And a message without one");
    expect(plain.awaitingModerator).toBeUndefined();
    const shown = await send(regular.socket, openRoom, "Here is the helpline: https://example.org/help");
    expect(shown.awaitingModerator).toBeUndefined();
    await settle();
    expect(seenByRegular.map((m) => m.id)).toContain(plain.id);
    expect(seenByRegular.map((m) => m.id)).not.toContain(held.id);
  });

  it("an edit that adds a link takes the message back from the room until approved", async () => {
    const newcomer = await newcomerIn(openRoom);
    const message = await send(newcomer.socket, openRoom, "Nice to meet you all");
    const removed = nextEvent<{ messageId: string }>(regular.socket, "message:removed");
    const leaked = collect<WireMessage>(regular.socket, "message:updated");
    const edited = await ask<{ message: WireMessage }>(newcomer.socket, "message:edit", {
      messageId: message.id,
      body: "Nice to meet you all, see my site shop.example.com",
    });
    expect(edited.ok && edited.message.awaitingModerator).toBe("link");
    expect((await removed).messageId).toBe(message.id);
    await settle();
    expect(leaked.filter((m) => m.id === message.id)).toEqual([]);
    expect(
      await prisma().report.count({ where: { messageId: BigInt(message.id), source: "newcomer_hold" } }),
    ).toBe(1);
  });
});

describe("the stricter filter", () => {
  it("a flagging word holds a newcomer's message, and only flags a regular's", async () => {
    const added = await postJson(
      `${hearth.app.url}/api/admin/watched-words`,
      { phrase: "loser", action: "flag", reason: "test" },
      { cookie: admin.cookie },
    );
    expect(added.status).toBe(201);
    const newcomer = await newcomerIn(openRoom);
    const held = await send(newcomer.socket, openRoom, "I always felt like a loser");
    expect(held.awaitingModerator).toBe("watched_word");
    const reports = await prisma().report.findMany({
      where: { messageId: BigInt(held.id) },
      select: { source: true },
    });
    expect(reports.map((r) => r.source).sort()).toEqual(["newcomer_hold", "watched_word"]);

    const shown = await send(regular.socket, openRoom, "I felt like a loser too, once");
    expect(shown.awaitingModerator).toBeUndefined();
    expect(
      await prisma().report.count({ where: { messageId: BigInt(shown.id), source: "watched_word" } }),
    ).toBe(1);
  });
});

describe("thresholds", () => {
  it("are set by admins, logged, and take effect on the next send", async () => {
    const newcomer = await newcomerIn(carefulRoom);
    expect((await send(newcomer.socket, carefulRoom, "First try")).awaitingModerator).toBe("careful_room");
    const { status } = await adminAction(admin, {
      action: "set_newcomer_trust",
      newcomerMessages: 0,
      newcomerHours: 0,
      linkAccountHours: 0,
      linkMessages: 0,
    });
    expect(status).toBe(200);
    try {
      expect((await send(newcomer.socket, carefulRoom, "Second try")).awaitingModerator).toBeUndefined();
      expect(
        (await send(newcomer.socket, carefulRoom, "a link: www.example.org")).awaitingModerator,
      ).toBeUndefined();
      expect(await prisma().trustSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
        newcomerMessages: 0,
        linkMessages: 0,
      });
      expect(
        await prisma().moderationAction.findFirstOrThrow({ where: { kind: "set_newcomer_trust" } }),
      ).toMatchObject({ actorId: admin.id, reason: "thresholds" });
    } finally {
      expect((await adminAction(admin, { action: "set_newcomer_trust", ...defaults })).status).toBe(200);
    }
    expect((await send(newcomer.socket, carefulRoom, "Third try")).awaitingModerator).toBe("careful_room");
  });

  it("are refused to anyone but an admin, with forbidden, and nothing changes", async () => {
    for (const who of [moderator, regular]) {
      const { status, body } = await adminAction(who, {
        action: "set_newcomer_trust",
        ...defaults,
        linkMessages: 0,
      });
      expect(status).toBe(403);
      expect(body.error?.code).toBe("forbidden");
    }
    expect(
      (
        await postJson(`${hearth.app.url}/api/admin/actions`, {
          action: "set_newcomer_trust",
          ...defaults,
          reason: "x",
        })
      ).status,
    ).toBe(401);
    expect((await prisma().trustSettings.findUniqueOrThrow({ where: { id: 1 } })).linkMessages).toBe(5);
  });

  it("refuse bad numbers with invalid_input naming each field", async () => {
    const { status, body } = await adminAction(admin, {
      action: "set_newcomer_trust",
      newcomerMessages: -1,
      newcomerHours: 100_000,
      linkAccountHours: 2.5,
      linkMessages: "five",
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: "invalid_input",
      fields: {
        newcomerMessages: expect.any(String),
        newcomerHours: expect.any(String),
        linkAccountHours: expect.any(String),
        linkMessages: expect.any(String),
      },
    });
    expect(await prisma().trustSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject(defaults);
  });
});
