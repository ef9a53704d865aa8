// Pile-ons through real sockets: reported or flagged messages from several members, naming one
// member, within minutes, slow the room by itself, give moderators a priority item that names
// the pattern, and tell the person targeted privately that moderators are looking. One author
// repeating themselves, or reports that name nobody, do not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namesPerson } from "@/lib/server/safety/pile-on";
import type { Attention } from "@/lib/shared/check-in-types";
import { ask, createRoom, join, nextEvent, send, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({ RATE_LIMIT_SCALE: "20" }, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];

async function person(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

async function roomWith(people: ConnectedMember[], moderator: ConnectedMember) {
  const roomId = (await createRoom(prisma())).id;
  await placeInRoom(prisma(), moderator, roomId, { role: "moderator" });
  for (const someone of [...people, moderator]) await join(someone.socket, roomId);
  return roomId;
}

const report = (who: ConnectedMember, messageId: string) =>
  ask(who.socket, "report:create", { messageId, reason: "harassment" });
const attention = async (who: ConnectedMember) =>
  (await (
    await fetch(`${hearth.app.url}/api/attention`, { headers: { cookie: who.cookie } })
  ).json()) as Attention;

describe("naming a person", () => {
  it("means their whole pseudonym, with or without @, in any case, not inside other words", () => {
    expect(namesPerson("mia rose you are pathetic", "Mia Rose")).toBe(true);
    expect(namesPerson("@Mia   Rose go away", "Mia Rose")).toBe(true);
    expect(namesPerson("Mia Rosetta is here", "Mia Rose")).toBe(false);
    expect(namesPerson("I love roses", "Mia Rose")).toBe(false);
  });
});

describe("a pile-on", () => {
  let moderator: ConnectedMember;
  let target: ConnectedMember;
  let reporter: ConnectedMember;
  let attackers: ConnectedMember[];

  beforeAll(async () => {
    [moderator, target, reporter] = [await person(), await person(), await person()];
    attackers = [await person(), await person(), await person()];
  });

  it("slows the room, gives moderators a priority item, and tells the person targeted", async () => {
    const roomId = await roomWith([target, reporter, ...attackers], moderator);
    const slowed = nextEvent<{ id: string; slowModeSeconds?: number }>(
      target.socket,
      "room:updated",
      (change) => change.slowModeSeconds !== undefined,
      30_000,
    );
    const noted = nextEvent<{ kind: string }>(
      target.socket,
      "notice:new",
      (notice) => notice.kind === "care_note",
      // The wait starts before the sends and reports below, which take seconds on a busy machine.
      30_000,
    );

    for (const [index, attacker] of attackers.entries()) {
      const message = await send(
        attacker.socket,
        roomId,
        `${target.pseudonym} nobody wants you here (${index})`,
      );
      expect(await report(reporter, message.id)).toMatchObject({ ok: true });
      if (index < 2) expect((await attention(moderator)).priorityItems).toBe(0);
    }
    expect((await slowed).slowModeSeconds).toBe(30);
    await noted;
    expect((await prisma().room.findUniqueOrThrow({ where: { id: roomId } })).slowModeSeconds).toBe(30);
    expect((await attention(moderator)).priorityItems).toBe(1);
    const item = await prisma().report.findFirstOrThrow({ where: { roomId, source: "pile_on" } });
    expect(item.details).toContain(`Several members aimed messages at ${target.pseudonym}`);
    // A care item about the person targeted: the moderators are alerted even when none has Hearth
    // open (tests/integration/care-alerts.test.ts follows the alerts themselves).
    expect(
      await prisma().careItem.count({
        where: { roomId, kind: "pile_on", memberId: target.id, messageId: item.messageId },
      }),
    ).toBe(1);
    expect(
      await prisma().moderationAction.count({ where: { roomId, kind: "set_slow_mode", actorId: null } }),
    ).toBe(1);
    const html = await (
      await fetch(`${hearth.app.url}/mod`, { headers: { cookie: moderator.cookie } })
    ).text();
    expect(html).toContain("Pile-on");
    expect(html).toContain("several members turned on one person");

    // A fourth message refreshes the same item; nothing piles up on the moderators.
    const fourth = await send(reporter.socket, roomId, `${target.pseudonym} honestly just leave`);
    await report(attackers[0] as ConnectedMember, fourth.id);
    expect(await prisma().report.count({ where: { roomId, source: "pile_on" } })).toBe(1);
    expect(await prisma().careItem.count({ where: { roomId, kind: "pile_on" } })).toBe(1);
    expect(await prisma().notice.count({ where: { userId: target.id, kind: "care_note" } })).toBe(1);
  });

  it("does not slow a room that is already slower", async () => {
    const roomId = await roomWith([target, reporter, ...attackers], moderator);
    await prisma().room.update({ where: { id: roomId }, data: { slowModeSeconds: 120 } });
    for (const attacker of attackers) {
      const message = await send(attacker.socket, roomId, `${target.pseudonym}, you again?`);
      // Slow mode would refuse a second message by the same person; each sends once.
      await report(reporter, message.id);
    }
    expect(await prisma().report.count({ where: { roomId, source: "pile_on" } })).toBe(1);
    expect((await prisma().room.findUniqueOrThrow({ where: { id: roomId } })).slowModeSeconds).toBe(120);
  });

  it("is not one person repeating themselves, nor reports that name nobody, nor messages nobody reported", async () => {
    const roomId = await roomWith([target, reporter, ...attackers], moderator);
    const [first] = attackers as [ConnectedMember];
    for (let index = 0; index < 3; index++) {
      const message = await send(first.socket, roomId, `${target.pseudonym} go away ${index}`);
      await report(reporter, message.id);
    }
    for (const attacker of attackers) {
      const message = await send(attacker.socket, roomId, "this room is rubbish");
      await report(reporter, message.id);
    }
    for (const attacker of attackers.slice(1)) await send(attacker.socket, roomId, `${target.pseudonym} hi`);
    expect(await prisma().report.count({ where: { roomId, source: "pile_on" } })).toBe(0);
    expect((await prisma().room.findUniqueOrThrow({ where: { id: roomId } })).slowModeSeconds).toBe(0);
  });
});
