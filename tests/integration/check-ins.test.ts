// A human follows up: check-ins through the real HTTP routes and sockets. A moderator checks in
// privately from a crisis item; the member sees it live, answers, closes; a member asks from the
// care card; nobody else can read or write; the moderators' header indicator follows live; the
// queue tells people apart from automatic flags.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Attention, WireCheckIn } from "@/lib/shared/check-in-types";
import { postJson } from "@/tests/factories/accounts";
import { ask, createRoom, join, nextEvent, send, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
let roomId: string;
let otherRoomId: string;
let moderator: ConnectedMember;
let secondModerator: ConnectedMember;
let author: ConnectedMember;
let reader: ConnectedMember;
let admin: ConnectedMember;

async function person(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}

async function getJson<Data>(path: string, who: ConnectedMember | null) {
  const response = await fetch(`${hearth.app.url}${path}`, { headers: who ? { cookie: who.cookie } : {} });
  return { status: response.status, body: (await response.json()) as Data & { error?: { code: string } } };
}

const post = (path: string, body: unknown, who: ConnectedMember) =>
  postJson(`${hearth.app.url}${path}`, body, { cookie: who.cookie });
const attention = async (who: ConnectedMember) => (await getJson<Attention>("/api/attention", who)).body;
const thread = async (checkInId: string, who: ConnectedMember | null) =>
  getJson<{ checkIn: WireCheckIn }>(`/api/check-ins/${checkInId}`, who);

beforeAll(async () => {
  roomId = (await createRoom(prisma())).id;
  otherRoomId = (await createRoom(prisma())).id;
  [moderator, secondModerator, author, reader, admin] = [
    await person(),
    await person(),
    await person(),
    await person(),
    await person(),
  ];
  await placeInRoom(prisma(), moderator, roomId, { role: "moderator" });
  await placeInRoom(prisma(), secondModerator, roomId, { role: "moderator" });
  for (const someone of [moderator, author, reader]) await join(someone.socket, roomId);
  await makeAdmin(prisma(), hearth.app.url, admin);
});
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

describe("a moderator checks in privately from a crisis item", () => {
  let checkInId: string;
  let crisisMessageId: string;

  it("the crisis item reaches the moderators' header indicator live, counted apart from people", async () => {
    expect((await attention(moderator)).priorityItems).toBe(0);
    const changed = nextEvent(moderator.socket, "report:new");
    const message = await send(author.socket, roomId, "honestly I want to end it all tonight");
    crisisMessageId = message.id;
    await changed;
    expect((await attention(moderator)).priorityItems).toBe(1);
    expect((await attention(admin)).priorityItems).toBe(1);
    // Not for a member of the room, who moderates nothing.
    expect((await attention(reader)).priorityItems).toBe(0);

    const queue = await fetch(`${hearth.app.url}/mod`, { headers: { cookie: moderator.cookie } });
    const html = await queue.text();
    expect(html).toContain("Nobody has reported it");
    expect(html).toContain("Detected automatically");
    expect(html).not.toContain("Reported by 1 person");
  });

  it("a person's report is counted as a person, the automatic flag apart", async () => {
    const reported = await ask(reader.socket, "report:create", {
      messageId: crisisMessageId,
      reason: "self_harm_risk",
    });
    expect(reported).toMatchObject({ ok: true });
    const html = await (
      await fetch(`${hearth.app.url}/mod`, { headers: { cookie: moderator.cookie } })
    ).text();
    expect(html).toContain("Reported by 1 person");
    expect(html).toContain("Detected automatically");
    expect(html).not.toContain("2 people");
  });

  it("refuses bad input and anyone who is not this room's moderator, writing nothing", async () => {
    const before = await prisma().checkIn.count();
    const body = { roomId, memberId: author.id, messageId: crisisMessageId, body: "Hi, checking in." };
    expect((await post("/api/check-ins", { ...body, body: "   " }, moderator)).body.error?.code).toBe(
      "invalid_input",
    );
    expect((await post("/api/check-ins", { ...body, roomId: "nope" }, moderator)).status).toBe(400);
    expect((await post("/api/check-ins", body, reader)).status).toBe(403);
    expect((await post("/api/check-ins", { ...body, roomId: otherRoomId }, moderator)).status).toBe(403);
    expect(
      (await post("/api/check-ins", { ...body, memberId: moderator.id, messageId: undefined }, moderator))
        .status,
    ).toBe(403);
    expect((await postJson(`${hearth.app.url}/api/check-ins`, body)).status).toBe(401);
    expect(await prisma().checkIn.count()).toBe(before);
  });

  it("opens a private thread the member sees live; the crisis item is answered by it", async () => {
    const arrives = nextEvent<{ checkInId: string }>(author.socket, "checkin:updated");
    const opened = await post(
      "/api/check-ins",
      {
        roomId,
        memberId: author.id,
        messageId: crisisMessageId,
        body: "Hi, I read what you wrote. How are you?",
      },
      moderator,
    );
    expect(opened.status).toBe(201);
    checkInId = opened.body.checkInId as string;
    expect((await arrives).checkInId).toBe(checkInId);
    expect(await attention(author)).toMatchObject({ unreadCheckIns: 1 });
    expect((await attention(moderator)).priorityItems).toBe(0);

    const readElsewhere = nextEvent(author.socket, "attention:changed");
    const seen = await thread(checkInId, author);
    expect(seen.status).toBe(200);
    await readElsewhere;
    expect(seen.body.checkIn.messages).toMatchObject([
      { body: "Hi, I read what you wrote. How are you?", fromModerator: true, author: { id: moderator.id } },
    ]);
    // Reading it is what marks it read.
    expect(await attention(author)).toMatchObject({ unreadCheckIns: 0 });
    const logged = await prisma().moderationAction.findMany({ where: { kind: "open_check_in", roomId } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actorId: moderator.id, targetUserId: author.id });
  });

  it("is private: other members and outsiders can neither read nor write, and learn nothing", async () => {
    expect((await thread(checkInId, reader)).status).toBe(404);
    expect((await thread(checkInId, null)).status).toBe(401);
    expect((await thread("not-an-id", author)).status).toBe(400);
    expect((await thread(randomUUID(), author)).status).toBe(404);
    expect((await post("/api/check-ins/reply", { checkInId, body: "me too" }, reader)).status).toBe(404);
    expect((await post("/api/check-ins/close", { checkInId }, reader)).status).toBe(404);
    // The room's other moderators and admins are part of it.
    expect((await thread(checkInId, secondModerator)).status).toBe(200);
    expect((await thread(checkInId, admin)).status).toBe(200);
  });

  it("the member's answer reaches the moderators live and waits for one of them", async () => {
    const toModerator = nextEvent(moderator.socket, "attention:changed");
    const toOther = nextEvent(secondModerator.socket, "checkin:updated");
    expect(
      (await post("/api/check-ins/reply", { checkInId, body: "Not great. Thank you for asking." }, author))
        .status,
    ).toBe(201);
    await Promise.all([toModerator, toOther]);
    expect((await attention(moderator)).priorityItems).toBe(1);
    expect((await post("/api/check-ins/reply", { checkInId, body: "" }, author)).body.error?.code).toBe(
      "invalid_input",
    );
    const answer = await post(
      "/api/check-ins/reply",
      { checkInId, body: "I'm here. Shall we talk?" },
      secondModerator,
    );
    expect(answer.status).toBe(201);
    expect((await attention(moderator)).priorityItems).toBe(0);
    expect((await thread(checkInId, moderator)).body.checkIn.messages.map((message) => message.body)).toEqual(
      [
        "Hi, I read what you wrote. How are you?",
        "Not great. Thank you for asking.",
        "I'm here. Shall we talk?",
      ],
    );
  });

  it("the member can close it; nobody writes in it afterwards; it is logged", async () => {
    const told = nextEvent(moderator.socket, "checkin:updated");
    expect((await post("/api/check-ins/close", { checkInId }, author)).status).toBe(200);
    await told;
    expect((await thread(checkInId, author)).body.checkIn.status).toBe("closed");
    expect(
      (await post("/api/check-ins/reply", { checkInId, body: "hello?" }, moderator)).body.error?.code,
    ).toBe("conflict");
    expect(
      await prisma().moderationAction.count({ where: { kind: "close_check_in", actorId: author.id } }),
    ).toBe(1);
  });
});

describe("a member asks a moderator to check in with them", () => {
  it("opens one thread, however often or quickly they ask, and tells the moderators live", async () => {
    const told = nextEvent(moderator.socket, "attention:changed");
    const [first, second] = await Promise.all([
      post("/api/check-ins/request", { roomId }, reader),
      post("/api/check-ins/request", { roomId, body: "Could someone talk with me?" }, reader),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.checkInId).toBe(second.body.checkInId);
    await told;
    expect((await attention(moderator)).priorityItems).toBe(1);
    const seen = await thread(first.body.checkInId as string, moderator);
    expect(seen.body.checkIn).toMatchObject({ requestedByMember: true, awaitingModerator: true });
    expect(seen.body.checkIn.messages).toHaveLength(2);
  });

  it("only in a room they joined; bad input changes nothing", async () => {
    const before = await prisma().checkIn.count();
    expect((await post("/api/check-ins/request", { roomId: otherRoomId }, reader)).status).toBe(403);
    expect((await post("/api/check-ins/request", { roomId: "x" }, reader)).status).toBe(400);
    expect((await post("/api/check-ins/request", { roomId, body: "x".repeat(4001) }, reader)).status).toBe(
      400,
    );
    expect(await prisma().checkIn.count()).toBe(before);
  });

  it("two moderators opening with the same person at once share one thread", async () => {
    const newcomer = await person();
    await placeInRoom(prisma(), newcomer, roomId);
    const body = { roomId, memberId: newcomer.id, body: "Checking in." };
    const [one, two] = await Promise.all([
      post("/api/check-ins", body, moderator),
      post("/api/check-ins", body, secondModerator),
    ]);
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(one.body.checkInId).toBe(two.body.checkInId);
    expect(await prisma().checkIn.count({ where: { memberId: newcomer.id, status: "open" } })).toBe(1);
  });
});
