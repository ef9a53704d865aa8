// A moderator appointed to a room is not always a member of it: an admin appoints them from
// /admin and they may never have opened the room. Every session flow and every moderator flow of
// the room page, for moderators appointed through the admin's own door who never joined:
// scheduling with them as facilitators, being reminded, cancelling, beginning (which brings the
// one who begins into the room, even when it is full), running the circle from outside the room,
// the waiting room, and the room's tools. And the room seen from outside (room:watch): its
// session live, nothing of its conversation.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { WireRoom } from "@/lib/shared/chat-types";
import type { RoomChange, SessionReminder } from "@/lib/shared/realtime-events";
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
import { makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { peoplePerFile } from "@/tests/factories/people-per-file";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({ SESSION_CLOCK_SECONDS: "0.5" }, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const { person, post } = peoplePerFile(hearth);
let admin: ConnectedMember;

/** A room of `capacity` places, full of members, and `count` moderators appointed from /admin who never came. */
async function fullRoomWithAppointees(count: number, capacity = 2) {
  const room = await createRoom(prisma(), { capacity });
  const members = [];
  for (let i = 0; i < capacity; i++) {
    const someone = await person();
    await join(someone.socket, room.id);
    members.push(someone);
  }
  const appointees = [];
  for (let i = 0; i < count; i++) {
    const volunteer = await person();
    const appointed = await post(
      "/api/admin/actions",
      { action: "appoint_moderator", roomId: room.id, pseudonym: volunteer.pseudonym, reason: "volunteer" },
      admin,
    );
    expect(appointed.status).toBe(200);
    appointees.push(volunteer);
  }
  return { room, members, appointees };
}

/** A wall-clock time `minutes` ahead in Tokyo, as a Tokyo browser's form sends it. */
function tokyoClock(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000)
    .toLocaleString("sv-SE", { timeZone: "Asia/Tokyo" })
    .slice(0, 16)
    .replace(" ", "T");
}
const session = (roomId: string, facilitatorIds: string[], startsAt = "now") => ({
  roomId,
  theme: "Arriving gently",
  startsAt,
  timeZone: "Asia/Tokyo",
  durationMinutes: 60,
  facilitatorIds,
});
const occurrenceOf = async (roomId: string) =>
  (await prisma().sessionOccurrence.findFirstOrThrow({ where: { roomId }, orderBy: { startsAt: "asc" } })).id;
const control = (who: ConnectedMember, occurrenceId: string, action: string, extra: object = {}) =>
  post("/api/sessions/control", { occurrenceId, action, ...extra }, who);
const membershipOf = (roomId: string, who: ConnectedMember) =>
  prisma().membership.findUniqueOrThrow({ where: { roomId_userId: { roomId, userId: who.id } } });

beforeAll(async () => {
  admin = await person();
  await makeAdmin(prisma(), hearth.app.url, admin);
});

describe("sessions with moderators who never joined", () => {
  it("the appointee schedules their own session and is reminded of it, following or not; cancelling works", async () => {
    const { room, appointees } = await fullRoomWithAppointees(1);
    const [volunteer] = appointees as [ConnectedMember];
    expect((await membershipOf(room.id, volunteer)).leftAt).not.toBeNull();

    const reminded = nextEvent<SessionReminder>(
      volunteer.socket,
      "session:reminder",
      (r) => r.roomId === room.id,
    );
    const scheduled = await post(
      "/api/sessions",
      session(room.id, [volunteer.id], tokyoClock(10)),
      volunteer,
    );
    expect(scheduled.status).toBe(201);
    expect(await reminded).toMatchObject({ theme: "Arriving gently" });
    expect(await prisma().sessionFollow.count({ where: { userId: volunteer.id } })).toBe(0);

    const cancelled = await post("/api/sessions/cancel", { sessionId: scheduled.body.sessionId }, volunteer);
    expect(cancelled.status).toBe(200);
    // Still outside the room: cancelling asks nothing of the room itself.
    expect((await membershipOf(room.id, volunteer)).leftAt).not.toBeNull();
  });

  it("the one who begins comes into the full room as a member and leads; another appointee runs the circle from outside", async () => {
    const { room, members, appointees } = await fullRoomWithAppointees(2);
    const [ana, ben] = members as [ConnectedMember, ConnectedMember];
    const [lead, host] = appointees as [ConnectedMember, ConnectedMember];
    expect((await post("/api/sessions", session(room.id, [lead.id, host.id]), admin)).status).toBe(201);
    const occurrenceId = await occurrenceOf(room.id);

    // The room waits: members cannot write, and nobody outside can either.
    expect(
      await ask(ana.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: "hi" }),
    ).toMatchObject({
      ok: false,
      error: { code: "session_waiting" },
    });

    const begun = nextEvent<RoomChange>(ana.socket, "room:updated", (change) =>
      Boolean(change.session?.openedAt),
    );
    expect((await control(lead, occurrenceId, "begin")).status).toBe(200);
    await begun;
    expect(await membershipOf(room.id, lead)).toMatchObject({
      leftAt: null,
      listenOnly: false,
      role: "moderator",
      guidelinesAcceptedVersion: 1,
    });
    // The room is full (two members): the lead's page opens it all the same, and they write.
    const entered = await join(lead.socket, room.id);
    expect(entered.room.session).toMatchObject({ occurrenceId, openedAt: expect.any(String) });
    expect((await send(lead.socket, room.id, "Welcome, everyone.")).body).toBe("Welcome, everyone.");

    // The second appointee never joins, and runs every control from outside the room.
    const changes = collect<RoomChange>(ben.socket, "room:updated");
    for (const [action, extra] of [
      ["sharing", {}],
      ["pause", {}],
      ["resume", {}],
      ["give_floor", { userId: ben.id }],
      ["open_floor", {}],
      ["slow_mode", { on: true }],
      ["slow_mode", { on: false }],
      ["check_out", {}],
    ] as const)
      expect((await control(host, occurrenceId, action, extra)).status, action).toBe(200);
    await settle();
    expect(changes.some((change) => change.session?.phase === "sharing")).toBe(true);
    expect(changes.some((change) => change.session?.floor?.id === ben.id)).toBe(true);
    expect(changes.some((change) => change.slowModeSeconds === 30)).toBe(true);
    expect(changes.filter((c) => c.session).at(-1)?.session?.phase).toBe("check_out");
    expect((await membershipOf(room.id, host)).leftAt).not.toBeNull();
    // Given to someone not in the room, the floor is refused in words.
    const outsider = await post(
      "/api/sessions/control",
      { occurrenceId, action: "give_floor", userId: host.id },
      lead,
    );
    expect(outsider.body.error).toMatchObject({
      code: "invalid_input",
      message: "The floor goes to a member who is in the room.",
    });

    const ended = nextEvent<RoomChange>(ana.socket, "room:updated", (change) => change.session === null);
    expect((await control(host, occurrenceId, "end")).status).toBe(200);
    await ended;
    expect((await send(ana.socket, room.id, "Thank you all.")).body).toBe("Thank you all.");
  });

  it("an appointee comes into a full room to write while it waits, accepting its guidelines", async () => {
    const { room, appointees } = await fullRoomWithAppointees(1);
    const [volunteer] = appointees as [ConnectedMember];
    const someone = await person();
    expect((await post("/api/sessions", session(room.id, [volunteer.id]), admin)).status).toBe(201);

    expect(await ask(volunteer.socket, "room:join", { roomId: room.id })).toMatchObject({
      ok: false,
      error: { code: "guidelines_required" },
    });
    await join(volunteer.socket, room.id);
    expect((await send(volunteer.socket, room.id, "The facilitator is on the way.")).id).toBeTruthy();
    // A member arriving at the full room is still turned away kindly.
    expect(await ask(someone.socket, "room:join", { roomId: room.id, acceptGuidelines: true })).toMatchObject(
      {
        ok: false,
        error: { code: "room_full" },
      },
    );
  });
});

describe("the room's tools, for a moderator who never joined", () => {
  it("slow mode, lock, careful, guidelines, warn and mute all work and reach the room", async () => {
    const { room, members, appointees } = await fullRoomWithAppointees(1);
    const [volunteer] = appointees as [ConnectedMember];
    const [ana] = members as [ConnectedMember];
    const changes = collect<RoomChange>(ana.socket, "room:updated");
    const target = { roomId: room.id, userId: ana.id, reason: "Keeping the room safe" };
    for (const body of [
      { action: "slow_mode", roomId: room.id, seconds: 30, reason: "Busy" },
      { action: "lock", roomId: room.id, locked: true, reason: "A pause" },
      { action: "lock", roomId: room.id, locked: false, reason: "Open again" },
      { action: "careful", roomId: room.id, careful: true, reason: "New faces" },
      {
        action: "edit_guidelines",
        roomId: room.id,
        guidelines: "Be kind.\nListen first.",
        reason: "Clearer",
      },
      { action: "warn", ...target },
      { action: "mute", ...target, minutes: 5 },
      { action: "unmute", ...target },
    ])
      expect((await post("/api/mod/actions", body, volunteer)).status, body.action).toBe(200);
    await settle();
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slowModeSeconds: 30 }),
        expect.objectContaining({ locked: true }),
        expect.objectContaining({ careful: true }),
        expect.objectContaining({ guidelinesVersion: 2 }),
      ]),
    );
    expect((await membershipOf(room.id, volunteer)).leftAt).not.toBeNull();
  });
});

describe("the room seen from outside (room:watch)", () => {
  it("shows its session as it changes, and nothing of its conversation", async () => {
    const { room, members, appointees } = await fullRoomWithAppointees(1);
    const [ana] = members as [ConnectedMember];
    const [volunteer] = appointees as [ConnectedMember];
    const newcomer = await person();
    const watched = await ask<{ room: WireRoom }>(newcomer.socket, "room:watch", { roomId: room.id });
    expect(watched).toMatchObject({ ok: true, room: { id: room.id, session: null } });
    const messages = collect(newcomer.socket, "message:new");
    const presence = collect(newcomer.socket, "presence");

    const scheduled = nextEvent<RoomChange>(newcomer.socket, "room:updated", (change) =>
      Boolean(change.session),
    );
    await post("/api/sessions", session(room.id, [volunteer.id], tokyoClock(3 * 24 * 60)), admin);
    const change = await scheduled;
    expect(change.session).toMatchObject({ theme: "Arriving gently", facilitators: [{ id: volunteer.id }] });

    await send(ana.socket, room.id, "Only for the people in the room.");
    await settle();
    expect(messages).toEqual([]);
    expect(presence).toEqual([]);
    // Nobody in the room is told someone watches.
    const here = await join(ana.socket, room.id);
    expect(here.room.memberCount).toBe(2);

    // Watching another room stops the first; joining a room stops watching it.
    const other = await createRoom(prisma());
    expect(await ask(newcomer.socket, "room:watch", { roomId: other.id })).toMatchObject({ ok: true });
    const unheard = collect<RoomChange>(newcomer.socket, "room:updated");
    await post("/api/mod/actions", { action: "slow_mode", roomId: room.id, seconds: 10, reason: "x" }, admin);
    await settle();
    expect(unheard.filter((c) => c.id === room.id)).toEqual([]);
  });

  it("is refused to someone removed from the room, and for a room that is not there", async () => {
    const room = await createRoom(prisma());
    const removed = await person();
    await placeInRoom(prisma(), removed, room.id, { removed: true });
    expect(await ask(removed.socket, "room:watch", { roomId: room.id })).toMatchObject({
      ok: false,
      error: { code: "removed" },
    });
    expect(await ask(removed.socket, "room:watch", { roomId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});
