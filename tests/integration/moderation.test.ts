// What moderation does to people's open sockets, at once: mutes, removals, room controls,
// reports that hold a message back, and hidden messages.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
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
import { connectMember, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
const person = async () => {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
};
afterAll(() => everyone.forEach((p) => p.socket.close()));

async function moderatedRoom(memberCount = 1) {
  const room = await createRoom(prisma());
  const moderator = await person();
  await placeInRoom(prisma(), moderator, room.id, { role: "moderator" });
  await join(moderator.socket, room.id);
  const members: ConnectedMember[] = [];
  for (let index = 0; index < memberCount; index++) {
    const member = await person();
    await join(member.socket, room.id);
    members.push(member);
  }
  return { room, moderator, members };
}

const act = (moderator: ConnectedMember, body: Record<string, unknown>) =>
  ask(moderator.socket, "mod:action", { reason: "keeping the room safe", ...body });

describe("mutes", () => {
  it("stop posting at once, tell the member the time, and lift by themselves", async () => {
    const { room, moderator, members } = await moderatedRoom();
    const [mia] = members as [ConnectedMember];
    const told = nextEvent<{ roomId: string; until: string }>(mia.socket, "member:muted");
    expect(await act(moderator, { action: "mute", roomId: room.id, userId: mia.id, minutes: 10 })).toEqual({
      ok: true,
    });
    const mute = await told;
    expect(new Date(mute.until).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect(
      await ask(mia.socket, "message:send", {
        roomId: room.id,
        clientId: randomUUID(),
        body: "can I still talk?",
      }),
    ).toMatchObject({ ok: false, error: { code: "muted", retryAfterSeconds: expect.any(Number) } });

    // Time passes: nothing lifts the mute but the clock.
    await prisma().membership.updateMany({
      where: { roomId: room.id, userId: mia.id },
      data: { mutedUntil: new Date(Date.now() - 1_000) },
    });
    expect((await send(mia.socket, room.id, "I'm back")).body).toBe("I'm back");
  });

  it("can be lifted early, and the member is told", async () => {
    const { room, moderator, members } = await moderatedRoom();
    const [mia] = members as [ConnectedMember];
    await act(moderator, { action: "mute", roomId: room.id, userId: mia.id, minutes: 60 });
    const lifted = nextEvent<{ until: string | null }>(mia.socket, "member:muted", (m) => m.until === null);
    expect(await act(moderator, { action: "unmute", roomId: room.id, userId: mia.id })).toEqual({ ok: true });
    await lifted;
    expect((await send(mia.socket, room.id, "thank you")).body).toBe("thank you");
  });
});

describe("removal", () => {
  it("takes the member's open socket out of the room at once; they cannot read or rejoin until it is lifted", async () => {
    const { room, moderator, members } = await moderatedRoom(2);
    const [rex, sam] = members as [ConnectedMember, ConnectedMember];
    const removed = nextEvent<{ roomId: string }>(rex.socket, "member:removed");
    expect(await act(moderator, { action: "remove", roomId: room.id, userId: rex.id })).toEqual({ ok: true });
    expect((await removed).roomId).toBe(room.id);
    const seenByRex = collect<WireMessage>(rex.socket, "message:new");
    await send(sam.socket, room.id, "after the removal");
    await settle();
    expect(seenByRex).toEqual([]);
    expect(await ask(rex.socket, "room:join", { roomId: room.id, acceptGuidelines: true })).toMatchObject({
      ok: false,
      error: { code: "removed" },
    });
    expect(await ask(rex.socket, "history", { roomId: room.id })).toMatchObject({
      ok: false,
      error: { code: "removed" },
    });
    expect(
      await ask(rex.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: "let me back" }),
    ).toMatchObject({ ok: false, error: { code: "removed" } });

    expect(await act(moderator, { action: "lift_removal", roomId: room.id, userId: rex.id })).toEqual({
      ok: true,
    });
    expect((await join(rex.socket, room.id)).room.id).toBe(room.id);
  });
});

describe("room controls", () => {
  it("enforce slow mode and the lock, and tell everyone in the room", async () => {
    const { room, moderator, members } = await moderatedRoom();
    const [mia] = members as [ConnectedMember];
    const slow = nextEvent<{ slowModeSeconds?: number }>(
      mia.socket,
      "room:updated",
      (u) => u.slowModeSeconds === 30,
    );
    await act(moderator, { action: "slow_mode", roomId: room.id, seconds: 30 });
    await slow;
    await send(mia.socket, room.id, "one");
    expect(
      await ask(mia.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: "two" }),
    ).toMatchObject({ ok: false, error: { code: "slow_mode" } });

    const locked = nextEvent<{ locked?: boolean }>(mia.socket, "room:updated", (u) => u.locked === true);
    await act(moderator, { action: "lock", roomId: room.id, locked: true });
    await locked;
    await act(moderator, { action: "slow_mode", roomId: room.id, seconds: 0 });
    expect(
      await ask(mia.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: "three" }),
    ).toMatchObject({ ok: false, error: { code: "room_locked" } });
    await act(moderator, { action: "lock", roomId: room.id, locked: false });
    expect((await send(mia.socket, room.id, "four")).body).toBe("four");
  });

  it("asks members to accept new guidelines before they post again", async () => {
    const { room, moderator, members } = await moderatedRoom();
    const [mia] = members as [ConnectedMember];
    await act(moderator, {
      action: "edit_guidelines",
      roomId: room.id,
      guidelines: "Be kind.\nNo advice unless asked.",
    });
    expect(
      await ask(mia.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: "hi" }),
    ).toMatchObject({ ok: false, error: { code: "guidelines_required" } });
    await ask(mia.socket, "room:join", { roomId: room.id, acceptGuidelines: true });
    expect((await send(mia.socket, room.id, "accepted")).body).toBe("accepted");
  });
});

describe("reports and hidden messages", () => {
  it("counts one person's two reports once, and holds a message back after three people report it", async () => {
    const { room, moderator, members } = await moderatedRoom(5);
    const [author, r1, r2, r3, bystander] = members as [
      ConnectedMember,
      ConnectedMember,
      ConnectedMember,
      ConnectedMember,
      ConnectedMember,
    ];
    const message = await send(author.socket, room.id, "something hurtful");
    const queue = collect(moderator.socket, "report:new");

    expect(
      await ask(author.socket, "report:create", { messageId: message.id, reason: "harassment" }),
    ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(
      await ask(r1.socket, "report:create", { messageId: message.id, reason: "not-a-reason" }),
    ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    const first = await ask<{ report: { id: string } }>(r1.socket, "report:create", {
      messageId: message.id,
      reason: "harassment",
      details: "unkind",
    });
    const again = await ask<{ report: { id: string } }>(r1.socket, "report:create", {
      messageId: message.id,
      reason: "hate",
    });
    if (!first.ok || !again.ok) throw new Error("report refused");
    expect(again.report.id).toBe(first.report.id);
    await ask(r2.socket, "report:create", { messageId: message.id, reason: "harassment" });
    expect(
      (await prisma().message.findUniqueOrThrow({ where: { id: BigInt(message.id) } })).heldForReview,
    ).toBe(false);

    const removedForBystander = nextEvent<{ messageId: string }>(bystander.socket, "message:removed");
    await ask(r3.socket, "report:create", { messageId: message.id, reason: "harassment" });
    expect((await removedForBystander).messageId).toBe(message.id);
    await settle();
    expect(queue.length).toBeGreaterThanOrEqual(3);
    const bystanderHistory = await ask<{ messages: WireMessage[] }>(bystander.socket, "history", {
      roomId: room.id,
    });
    const authorHistory = await ask<{ messages: WireMessage[] }>(author.socket, "history", {
      roomId: room.id,
    });
    if (!bystanderHistory.ok || !authorHistory.ok) throw new Error("history refused");
    expect(bystanderHistory.messages.map((m) => m.id)).not.toContain(message.id);
    expect(authorHistory.messages.map((m) => m.id)).toContain(message.id);
    expect(
      await prisma().moderationAction.count({
        where: { messageId: BigInt(message.id), actorId: null, kind: "hide_message" },
      }),
    ).toBe(1);

    const back = nextEvent<WireMessage>(bystander.socket, "message:new", (m) => m.id === message.id);
    expect(await act(moderator, { action: "dismiss_reports", messageId: message.id })).toEqual({ ok: true });
    expect((await back).body).toBe("something hurtful");
    expect(
      await prisma().report.count({ where: { messageId: BigInt(message.id), status: "dismissed" } }),
    ).toBe(3);
  });

  it("hides a message for everyone but its author, who is told why", async () => {
    const { room, moderator, members } = await moderatedRoom(2);
    const [author, reader] = members as [ConnectedMember, ConnectedMember];
    const message = await send(author.socket, room.id, "over the line");
    const readerSees = nextEvent<WireMessage>(reader.socket, "message:updated", (m) => m.id === message.id);
    const authorSees = nextEvent<WireMessage>(
      author.socket,
      "message:updated",
      (m) => m.id === message.id && m.body !== "",
    );
    const notice = nextEvent<{ kind: string; body: string }>(author.socket, "notice:new");
    expect(
      await act(moderator, { action: "hide_message", messageId: message.id, reason: "personal attack" }),
    ).toEqual({ ok: true });
    expect(await readerSees).toMatchObject({ hidden: true, body: "" });
    expect(await authorSees).toMatchObject({ hidden: true, body: "over the line" });
    expect(await notice).toMatchObject({
      kind: "message_hidden",
      body: expect.stringContaining("personal attack"),
    });
    expect(await ask(reader.socket, "message:react", { messageId: message.id, kind: "hug" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});

describe("reporters", () => {
  it("learn the outcome privately: action taken, or none needed", async () => {
    const { room, moderator, members } = await moderatedRoom(3);
    const [author, reporter, other] = members as [ConnectedMember, ConnectedMember, ConnectedMember];
    const hurtful = await send(author.socket, room.id, "first hurtful thing");
    const harmless = await send(author.socket, room.id, "second, harmless thing");
    await ask(reporter.socket, "report:create", { messageId: hurtful.id, reason: "harassment" });
    await ask(reporter.socket, "report:create", { messageId: harmless.id, reason: "other" });
    const notOtherPeople = collect(other.socket, "notice:new");

    const actioned = nextEvent<{ kind: string; body: string }>(reporter.socket, "notice:new", (n) =>
      n.body.includes("took action"),
    );
    await act(moderator, { action: "hide_message", messageId: hurtful.id });
    expect(await actioned).toMatchObject({ kind: "report_outcome" });
    const dismissed = nextEvent<{ kind: string; body: string }>(reporter.socket, "notice:new", (n) =>
      n.body.includes("no action was needed"),
    );
    await act(moderator, { action: "dismiss_reports", messageId: harmless.id });
    await dismissed;
    await settle();
    expect(notOtherPeople).toEqual([]);

    const settings = await fetch(`${hearth.app.url}/settings`, { headers: { cookie: reporter.cookie } }).then(
      (r) => r.text(),
    );
    expect(settings).toContain("A moderator reviewed this and took action");
    expect(settings).toContain("A moderator reviewed this; no action was needed");
  });
});
