// Scheduled sessions through the real routes and sockets: scheduling (and what it refuses), the
// waiting room, a pause and a given floor as posting rules, one-click slow mode, the end, the
// calendar file, and reminders (in Hearth over the socket, and by web push to a push service).
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RoomDirectory } from "@/lib/shared/directory-types";
import type { RoomChange, SessionReminder } from "@/lib/shared/realtime-events";
import type { WireRoomSession } from "@/lib/shared/session-types";
import { ask, createRoom, join, nextEvent, send, settle, type ConnectedMember } from "@/tests/factories/chat";
import { placeInRoom } from "@/tests/factories/moderation";
import { peoplePerFile } from "@/tests/factories/people-per-file";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile(
  {
    SESSION_CLOCK_SECONDS: "0.5",
    PUSH_SERVICE_HOSTS: "127.0.0.1,fcm.googleapis.com",
  },
  { staffSecondFactor: "off" },
);
const prisma = () => hearth.database.prisma;
const { person, post } = peoplePerFile(hearth);
let facilitator: ConnectedMember;
let coFacilitator: ConnectedMember;
let member: ConnectedMember;
let another: ConnectedMember;
const errorOf = (response: Awaited<ReturnType<typeof post>>) => response.body.error!;

async function roomWithPeople(): Promise<string> {
  const roomId = (await createRoom(prisma())).id;
  await placeInRoom(prisma(), facilitator, roomId, { role: "moderator" });
  await placeInRoom(prisma(), coFacilitator, roomId, { role: "moderator" });
  for (const someone of [facilitator, coFacilitator, member, another]) await join(someone.socket, roomId);
  return roomId;
}

function inAWeek(hours = 19): string {
  const day = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  return `${day.toISOString().slice(0, 10)}T${String(hours).padStart(2, "0")}:00`;
}

const sessionNow = (roomId: string, extra: Record<string, unknown> = {}) => ({
  roomId,
  theme: "Evening circle",
  startsAt: "now",
  timeZone: "Europe/London",
  durationMinutes: 60,
  facilitatorIds: [facilitator.id],
  ...extra,
});

async function occurrenceOf(roomId: string): Promise<string> {
  return (
    await prisma().sessionOccurrence.findFirstOrThrow({ where: { roomId }, orderBy: { startsAt: "asc" } })
  ).id;
}
async function trySend(who: ConnectedMember, roomId: string, body = "hello") {
  return ask<{ message: { id: string } }>(who.socket, "message:send", {
    roomId,
    clientId: randomUUID(),
    body,
  });
}
const control = (who: ConnectedMember, occurrenceId: string, action: string, extra: object = {}) =>
  post("/api/sessions/control", { occurrenceId, action, ...extra }, who);

beforeAll(async () => {
  [facilitator, coFacilitator, member, another] = [
    await person(),
    await person(),
    await person(),
    await person(),
  ];
});

describe("scheduling", () => {
  let roomId: string;
  beforeEach(async () => {
    roomId = await roomWithPeople();
  });

  it("a moderator schedules a weekly session; the room hears of it and the directory shows it", async () => {
    const heard = nextEvent<RoomChange>(
      member.socket,
      "room:updated",
      (change) => change.session !== undefined,
    );
    const response = await post(
      "/api/sessions",
      {
        roomId,
        theme: "Grief after a sudden loss",
        startsAt: inAWeek(),
        timeZone: "Europe/London",
        durationMinutes: 90,
        weekly: true,
        facilitatorIds: [facilitator.id, coFacilitator.id],
      },
      facilitator,
    );
    expect(response.status).toBe(201);
    const session = (await heard).session as WireRoomSession;
    expect(session).toMatchObject({ theme: "Grief after a sudden loss", weekly: true, openedAt: null });
    expect(session.facilitators.map((f) => f.id).sort()).toEqual([facilitator.id, coFacilitator.id].sort());
    // 19:00 on London's clock, whatever the season.
    const start = new Date(session.startsAt);
    expect(
      start.toLocaleTimeString("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" }),
    ).toBe("19:00");
    expect(new Date(session.endsAt).getTime() - start.getTime()).toBe(90 * 60_000);
    expect(await prisma().sessionOccurrence.count({ where: { roomId } })).toBeGreaterThanOrEqual(8);

    const directory = (await (await fetch(`${hearth.app.url}/api/rooms`)).json()) as RoomDirectory;
    const listed = directory.topics.flatMap((topic) => topic.rooms).find((room) => room.id === roomId);
    expect(listed?.nextSession).toMatchObject({
      theme: "Grief after a sudden loss",
      startsAt: session.startsAt,
    });
    expect(await prisma().moderationAction.count({ where: { kind: "schedule_session", roomId } })).toBe(1);
  });

  it("refuses members, facilitators who do not moderate the room, past times, unknown zones and overlaps", async () => {
    const good = { ...sessionNow(roomId), startsAt: inAWeek(), durationMinutes: 60 };
    expect((await post("/api/sessions", good, member)).status).toBe(403);
    const notModerator = await post("/api/sessions", { ...good, facilitatorIds: [member.id] }, facilitator);
    expect(notModerator.status).toBe(400);
    expect(errorOf(notModerator).fields).toHaveProperty("facilitatorIds");
    const three = { ...good, facilitatorIds: [facilitator.id, coFacilitator.id, member.id] };
    expect((await post("/api/sessions", three, facilitator)).status).toBe(400);
    const past = await post("/api/sessions", { ...good, startsAt: "2020-01-01T19:00" }, facilitator);
    expect(errorOf(past).fields).toHaveProperty("startsAt");
    expect((await post("/api/sessions", { ...good, timeZone: "Mars/Olympus" }, facilitator)).status).toBe(
      400,
    );
    expect((await post("/api/sessions", { ...good, durationMinutes: 5 }, facilitator)).status).toBe(400);
    expect((await post("/api/sessions", { ...good, theme: "  " }, facilitator)).status).toBe(400);
    expect(await prisma().groupSession.count({ where: { roomId } })).toBe(0);

    expect((await post("/api/sessions", good, facilitator)).status).toBe(201);
    const overlap = await post("/api/sessions", { ...good, theme: "Another" }, coFacilitator);
    expect(overlap.status).toBe(409);
    expect(errorOf(overlap).code).toBe("conflict");
    expect(await prisma().groupSession.count({ where: { roomId } })).toBe(1);
  });

  it("cancelling takes what is still to come away, and is logged", async () => {
    await post("/api/sessions", { ...sessionNow(roomId), startsAt: inAWeek(), weekly: true }, facilitator);
    const { id } = await prisma().groupSession.findFirstOrThrow({ where: { roomId } });
    expect((await post("/api/sessions/cancel", { sessionId: id }, member)).status).toBe(403);
    const heard = nextEvent<RoomChange>(member.socket, "room:updated", (change) => change.session === null);
    expect((await post("/api/sessions/cancel", { sessionId: id }, coFacilitator)).status).toBe(200);
    await heard;
    expect(await prisma().sessionOccurrence.count({ where: { roomId } })).toBe(0);
    expect(await prisma().moderationAction.count({ where: { kind: "cancel_session", roomId } })).toBe(1);
  });

  it("gives a calendar file that repeats on the scheduler's clock", async () => {
    await post("/api/sessions", { ...sessionNow(roomId), startsAt: inAWeek(), weekly: true }, facilitator);
    const { id } = await prisma().groupSession.findFirstOrThrow({ where: { roomId } });
    const response = await fetch(`${hearth.app.url}/api/sessions/${id}/calendar`);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const body = await response.text();
    expect(body).toContain("BEGIN:VEVENT");
    expect(body).toMatch(/DTSTART;TZID=Europe\/London:\d{8}T190000/);
    expect(body).toContain("RRULE:FREQ=WEEKLY");
    expect(body).toContain("DURATION:PT60M");
    expect(body).not.toContain(facilitator.pseudonym);
    expect((await fetch(`${hearth.app.url}/api/sessions/${randomUUID()}/calendar`)).status).toBe(404);
    expect((await fetch(`${hearth.app.url}/api/sessions/not-an-id/calendar`)).status).toBe(404);
  });
});

describe("a session in progress", () => {
  let roomId: string;
  let occurrenceId: string;
  beforeEach(async () => {
    roomId = await roomWithPeople();
    expect((await post("/api/sessions", sessionNow(roomId), facilitator)).status).toBe(201);
    occurrenceId = await occurrenceOf(roomId);
  });

  it("waits, read-only, until a facilitator begins it; then the circle opens with a check-in", async () => {
    const waiting = await trySend(member, roomId);
    expect(waiting).toMatchObject({ ok: false, error: { code: "session_waiting" } });
    // The room's moderators may speak (to say the facilitator is on the way), and so may the facilitator.
    expect((await trySend(coFacilitator, roomId, "They are on their way")).ok).toBe(true);
    expect((await trySend(facilitator, roomId, "Welcome, everyone")).ok).toBe(true);
    expect(await prisma().message.count({ where: { roomId, authorId: member.id } })).toBe(0);

    expect((await control(member, occurrenceId, "begin")).status).toBe(403);
    const begun = nextEvent<RoomChange>(member.socket, "room:updated", (change) =>
      Boolean(change.session?.openedAt),
    );
    expect((await control(facilitator, occurrenceId, "begin")).status).toBe(200);
    expect((await begun).session).toMatchObject({ phase: "check_in", paused: false, floor: null });
    expect((await trySend(member, roomId, "I'll pass for now.")).ok).toBe(true);
    expect(await prisma().moderationAction.count({ where: { kind: "begin_session", roomId } })).toBe(1);
  });

  it("a pause stops everyone but the facilitators, for sends and edits alike", async () => {
    await control(facilitator, occurrenceId, "begin");
    const written = await send(member.socket, roomId, "before the pause");
    const paused = nextEvent<RoomChange>(
      member.socket,
      "room:updated",
      (change) => change.session?.paused === true,
    );
    expect((await control(facilitator, occurrenceId, "pause")).status).toBe(200);
    await paused;
    expect(await trySend(member, roomId)).toMatchObject({ ok: false, error: { code: "room_paused" } });
    expect(await trySend(coFacilitator, roomId)).toMatchObject({ ok: false, error: { code: "room_paused" } });
    const edit = await ask(member.socket, "message:edit", {
      messageId: written.id,
      body: "changed in the pause",
    });
    expect(edit).toMatchObject({ ok: false, error: { code: "room_paused" } });
    expect((await trySend(facilitator, roomId, "Let's take a breath")).ok).toBe(true);
    await control(facilitator, occurrenceId, "resume");
    expect((await trySend(member, roomId)).ok).toBe(true);
  });

  it("gives the floor to one person, and opens it again", async () => {
    await control(facilitator, occurrenceId, "begin");
    const given = nextEvent<RoomChange>(
      another.socket,
      "room:updated",
      (change) => change.session?.floor != null,
    );
    expect((await control(facilitator, occurrenceId, "give_floor", { userId: member.id })).status).toBe(200);
    expect((await given).session?.floor).toEqual({ id: member.id, pseudonym: member.pseudonym });
    expect((await trySend(member, roomId, "my turn")).ok).toBe(true);
    expect(await trySend(another, roomId)).toMatchObject({ ok: false, error: { code: "floor_given" } });
    expect((await trySend(facilitator, roomId, "thank you")).ok).toBe(true);

    const outsider = await person();
    expect((await control(facilitator, occurrenceId, "give_floor", { userId: outsider.id })).status).toBe(
      400,
    );
    expect((await control(facilitator, occurrenceId, "give_floor", { userId: "nobody" })).status).toBe(400);
    await control(facilitator, occurrenceId, "open_floor");
    expect((await trySend(another, roomId)).ok).toBe(true);
  });

  it("switches slow mode with one click, moves to check-out, and ends", async () => {
    expect((await control(facilitator, occurrenceId, "pause")).status).toBe(409);
    await control(facilitator, occurrenceId, "begin");
    const slow = nextEvent<RoomChange>(
      member.socket,
      "room:updated",
      (change) => change.slowModeSeconds === 30,
    );
    expect((await control(facilitator, occurrenceId, "slow_mode", { on: true })).status).toBe(200);
    await slow;
    await control(facilitator, occurrenceId, "slow_mode", { on: false });
    expect((await prisma().room.findUniqueOrThrow({ where: { id: roomId } })).slowModeSeconds).toBe(0);

    await control(facilitator, occurrenceId, "sharing");
    const checkOut = nextEvent<RoomChange>(
      member.socket,
      "room:updated",
      (c) => c.session?.phase === "check_out",
    );
    await control(facilitator, occurrenceId, "check_out");
    await checkOut;
    const ended = nextEvent<RoomChange>(member.socket, "room:updated", (change) => change.session === null);
    expect((await control(facilitator, occurrenceId, "end")).status).toBe(200);
    await ended;
    expect((await trySend(member, roomId, "thank you all")).ok).toBe(true);
    expect((await control(facilitator, occurrenceId, "pause")).status).toBe(409);
    expect((await control(facilitator, occurrenceId, "dance")).status).toBe(400);
  });

  it("ends by itself at its end time, and the room is told", async () => {
    await control(facilitator, occurrenceId, "begin");
    await control(facilitator, occurrenceId, "pause");
    const ended = nextEvent<RoomChange>(
      member.socket,
      "room:updated",
      (change) => change.session === null,
      5_000,
    );
    await prisma().sessionOccurrence.update({ where: { id: occurrenceId }, data: { endsAt: new Date() } });
    await ended;
    expect(
      (await prisma().sessionOccurrence.findUniqueOrThrow({ where: { id: occurrenceId } })).closedAt,
    ).not.toBeNull();
    expect((await trySend(member, roomId)).ok).toBe(true);
  });

  it("a member who rejoins learns where the session stands", async () => {
    await control(facilitator, occurrenceId, "begin");
    await control(facilitator, occurrenceId, "give_floor", { userId: another.id });
    const answer = await join(member.socket, roomId);
    expect(answer.room.session).toMatchObject({ occurrenceId, floor: { id: another.id } });
  });
});

describe("reminders", () => {
  let receiver: Server;
  let pushes: { headers: IncomingMessage["headers"]; bytes: number; path: string }[];
  let pushUrl: string;
  beforeAll(async () => {
    pushes = [];
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        pushes.push({
          headers: request.headers,
          bytes: Buffer.concat(chunks).length,
          path: request.url ?? "",
        });
        response.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    pushUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(() => receiver.close());

  const browserKeys = () => {
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    return { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") };
  };

  it("reach followers once, in Hearth and by push; not those who do not follow", async () => {
    const roomId = await roomWithPeople();
    expect((await post("/api/sessions/follow", { roomId, following: true }, member)).status).toBe(200);
    expect((await post("/api/sessions/follow", { roomId, following: "yes" }, member)).status).toBe(400);
    const endpoint = `${pushUrl}/push/${randomUUID()}`;
    expect((await post("/api/push-subscriptions", { endpoint, keys: browserKeys() }, member)).status).toBe(
      201,
    );
    // Only known push services: never an address a member names.
    const internal = { endpoint: "http://10.0.0.1/push/1", keys: browserKeys() };
    expect((await post("/api/push-subscriptions", internal, another)).status).toBe(400);
    expect(
      (await post("/api/push-subscriptions", { endpoint, keys: { p256dh: "x", auth: "y" } }, another)).status,
    ).toBe(400);

    const reminded = nextEvent<SessionReminder>(member.socket, "session:reminder", () => true, 5_000);
    const otherReminders: SessionReminder[] = [];
    another.socket.on("session:reminder", (reminder: SessionReminder) => otherReminders.push(reminder));
    const soon = new Date(Date.now() + 10 * 60_000);
    const local = soon.toLocaleString("sv-SE", { timeZone: "Europe/London" }).slice(0, 16).replace(" ", "T");
    expect(
      (await post("/api/sessions", { ...sessionNow(roomId), startsAt: local }, facilitator)).status,
    ).toBe(201);
    const reminder = await reminded;
    expect(reminder).toMatchObject({ roomId, theme: "Evening circle" });

    await settle(1_500);
    const mine = pushes.filter((push) => endpoint.endsWith(push.path));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.headers["content-encoding"]).toBe("aes128gcm");
    expect(mine[0]?.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
    expect(mine[0]?.bytes).toBeGreaterThan(100);
    expect(otherReminders).toEqual([]);
    expect(await prisma().sessionOccurrence.count({ where: { roomId, remindedAt: { not: null } } })).toBe(1);
  });

  it("forget a subscription the push service says is gone", async () => {
    const roomId = await roomWithPeople();
    await post("/api/sessions/follow", { roomId, following: true }, another);
    const gone = createServer((_request, response) => response.writeHead(410).end());
    await new Promise<void>((resolve) => gone.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/push/gone`;
    await post("/api/push-subscriptions", { endpoint, keys: browserKeys() }, another);
    await post("/api/sessions", { ...sessionNow(roomId), theme: "Soon" }, facilitator);
    await nextEvent<SessionReminder>(another.socket, "session:reminder", (r) => r.roomId === roomId, 5_000);
    await settle(1_500);
    gone.close();
    expect(await prisma().pushSubscription.count({ where: { endpoint } })).toBe(0);
  });
});
