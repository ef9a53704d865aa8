// One screening for every path that shows words to others, through real sockets: a crisis
// message reaches other readers marked to be covered, without reactions that read as agreement;
// an edit is screened like a send (care, the queue, blocked words); and an edit obeys the
// posting rules with the same codes as a send.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
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
const everyone: ConnectedMember[] = [];
let roomId: string;
let moderator: ConnectedMember;
let author: ConnectedMember;
let reader: ConnectedMember;

async function person(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}

beforeAll(async () => {
  roomId = (await createRoom(prisma())).id;
  [moderator, author, reader] = [await person(), await person(), await person()];
  await placeInRoom(prisma(), moderator, roomId, { role: "moderator" });
  for (const someone of [moderator, author, reader]) await join(someone.socket, roomId);
  const admin = await person();
  await makeAdmin(prisma(), hearth.app.url, admin);
  const added = await postJson(
    `${hearth.app.url}/api/admin/watched-words`,
    { phrase: "worthless", action: "block", reason: "test" },
    { cookie: admin.cookie },
  );
  expect(added.status).toBe(201);
});
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

const edit = (who: ConnectedMember, messageId: string, body: string) =>
  ask<{ message: WireMessage; care?: true }>(who.socket, "message:edit", { messageId, body });

describe("readers of a message that needs care", () => {
  it("receive it marked to be covered, and the author is answered with care", async () => {
    const arriving = nextEvent<WireMessage>(reader.socket, "message:new", (m) => m.body.includes("bridge"));
    const answer = await ask<{ message: WireMessage; care?: true }>(author.socket, "message:send", {
      roomId,
      clientId: randomUUID(),
      body: "I'm going to jump off the bridge tonight",
    });
    expect(answer).toMatchObject({ ok: true, care: true, message: { needsCare: true } });
    expect(await arriving).toMatchObject({ needsCare: true });
    const history = await ask<{ messages: WireMessage[] }>(reader.socket, "history", { roomId });
    expect(history.ok && history.messages.at(-1)).toMatchObject({ needsCare: true });
  });

  it("cannot give reactions that read as agreement, but can give warmth; the author is not limited", async () => {
    const message = await send(author.socket, roomId, "I want to die, I can't do this anymore");
    for (const kind of ["me_too", "strength"])
      expect(await ask(reader.socket, "message:react", { messageId: message.id, kind })).toMatchObject({
        ok: false,
        error: { code: "invalid_input" },
      });
    expect(await ask(reader.socket, "message:react", { messageId: message.id, kind: "hug" })).toMatchObject({
      ok: true,
    });
    expect(
      await ask(author.socket, "message:react", { messageId: message.id, kind: "me_too" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await prisma().reaction.count({ where: { messageId: BigInt(message.id) } })).toBe(2);
  });

  it("see an everyday message uncovered, with every reaction", async () => {
    const message = await send(author.socket, roomId, "This traffic is killing me, running late");
    expect(message.needsCare).toBe(false);
    expect(
      await ask(reader.socket, "message:react", { messageId: message.id, kind: "me_too" }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("an edit is screened like a send", () => {
  it("brings care, covers the message for readers and queues one report, however often it is edited", async () => {
    const message = await send(author.socket, roomId, "Had a long day today.");
    const care = nextEvent(author.socket, "crisis:care");
    const updated = nextEvent<WireMessage>(reader.socket, "message:updated", (m) => m.id === message.id);
    const queued = nextEvent<{ reason: string }>(
      moderator.socket,
      "report:new",
      (r) => r.reason === "self_harm_risk",
    );
    const answer = await edit(author, message.id, "honestly I want to end it all tonight");
    expect(answer).toMatchObject({ ok: true, care: true });
    await care;
    expect(await updated).toMatchObject({ needsCare: true, body: "honestly I want to end it all tonight" });
    await queued;
    await edit(author, message.id, "honestly I want to end it all tonight, I have the pills");
    const reports = await prisma().report.findMany({ where: { messageId: BigInt(message.id) } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      source: "crisis_detection",
      reason: "self_harm_risk",
      status: "open",
    });
    expect(reports[0]?.evidence).toMatchObject({
      crisis: expect.arrayContaining([expect.objectContaining({ rule: expect.any(String) })]),
    });
  });

  it("refuses a blocked word and changes nothing", async () => {
    const message = await send(author.socket, roomId, "I feel a bit better today");
    const seen = collect<WireMessage>(reader.socket, "message:updated");
    expect(await edit(author, message.id, "you are all worthless")).toMatchObject({
      ok: false,
      error: { code: "invalid_input", fields: { body: expect.stringMatching(/say it another way/) } },
    });
    await settle();
    expect(seen.filter((m) => m.id === message.id)).toEqual([]);
    expect((await prisma().message.findUniqueOrThrow({ where: { id: BigInt(message.id) } })).body).toBe(
      "I feel a bit better today",
    );
  });
});

describe("an edit obeys the posting rules, with the same codes as a send", () => {
  async function writer(state: Parameters<typeof placeInRoom>[3] = {}) {
    const room = (await createRoom(prisma())).id;
    const someone = await person();
    await join(someone.socket, room);
    const message = await send(someone.socket, room, "first words");
    await placeInRoom(prisma(), someone, room, state);
    return { room, someone, message };
  }
  const unchanged = async (messageId: string) =>
    expect((await prisma().message.findUniqueOrThrow({ where: { id: BigInt(messageId) } })).body).toBe(
      "first words",
    );

  it.each([
    ["muted", { mutedUntil: new Date(Date.now() + 600_000) }, "muted"],
    ["removed", { removedAt: new Date() }, "removed"],
    ["listening only", { listenOnly: true }, "forbidden"],
    ["with the guidelines changed since", { guidelinesAcceptedVersion: 0 }, "guidelines_required"],
  ] as const)("%s → %s", async (_situation, membership, code) => {
    const { room, someone, message } = await writer();
    await prisma().membership.updateMany({ where: { roomId: room, userId: someone.id }, data: membership });
    expect(await edit(someone, message.id, "changed")).toMatchObject({ ok: false, error: { code } });
    await unchanged(message.id);
  });

  it("in a locked room → room_locked", async () => {
    const { room, someone, message } = await writer();
    await prisma().room.update({ where: { id: room }, data: { lockedAt: new Date() } });
    expect(await edit(someone, message.id, "changed")).toMatchObject({
      ok: false,
      error: { code: "room_locked" },
    });
    await unchanged(message.id);
  });

  it("in slow mode → slow_mode, and an edit counts as posting", async () => {
    const { room, someone, message } = await writer();
    await prisma().room.update({ where: { id: room }, data: { slowModeSeconds: 60 } });
    expect(await edit(someone, message.id, "changed")).toMatchObject({
      ok: false,
      error: { code: "slow_mode", retryAfterSeconds: expect.any(Number) },
    });
    await unchanged(message.id);
    await prisma().membership.updateMany({
      where: { roomId: room, userId: someone.id },
      data: { lastPostedAt: null },
    });
    expect(await edit(someone, message.id, "changed once")).toMatchObject({ ok: true });
    expect(
      await ask(someone.socket, "message:send", { roomId: room, clientId: randomUUID(), body: "again" }),
    ).toMatchObject({
      ok: false,
      error: { code: "slow_mode" },
    });
  });

  it("someone else's message → forbidden; a message that does not exist → not_found; bad input → invalid_input", async () => {
    const { message } = await writer();
    expect(await edit(reader, message.id, "mine now")).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    await unchanged(message.id);
    expect(await edit(reader, "999999999", "x")).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await edit(reader, "99999999999999999999", "x")).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(await edit(author, message.id, "")).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});
