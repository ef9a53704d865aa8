// The authorization matrix: every moderation action × every kind of actor, through the socket
// and through HTTP, allowed or refused exactly as intended. A missing row is a missing line.
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import type { ModerationActionName } from "@/lib/shared/schemas/moderation";
import { ask, createRoom, join, send, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { postJson } from "@/tests/factories/accounts";
import { connectSocket } from "@/tests/setup/socket-client";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;

type Actor =
  | "admin"
  | "this room's moderator"
  | "another room's moderator"
  | "member"
  | "listener"
  | "removed member"
  | "muted member";
const actors: Actor[] = [
  "admin",
  "this room's moderator",
  "another room's moderator",
  "member",
  "listener",
  "removed member",
  "muted member",
];
const people = {} as Record<Actor | "target", ConnectedMember>;
let roomId = "";
let messageId = "";

const A = "allowed";
const F = "forbidden";
// Approving and declining a held message need a fresh held message each time: their own
// matrix is in tests/integration/newcomer-trust.test.ts.
type MatrixAction = Exclude<ModerationActionName, "approve_message" | "decline_message">;
// action → outcome for: admin, this room's moderator, another room's moderator, member, listener, removed member, muted member
const matrix: Record<MatrixAction, [string, string, string, string, string, string, string]> = {
  hide_message: [A, A, F, F, F, F, F],
  dismiss_reports: [A, A, F, F, F, F, F],
  warn: [A, A, F, F, F, F, F],
  mute: [A, A, F, F, F, F, F],
  unmute: [A, A, F, F, F, F, F],
  remove: [A, A, F, F, F, F, F],
  lift_removal: [A, A, F, F, F, F, F],
  slow_mode: [A, A, F, F, F, F, F],
  lock: [A, A, F, F, F, F, F],
  careful: [A, A, F, F, F, F, F],
  edit_guidelines: [A, A, F, F, F, F, F],
};

function payload(action: ModerationActionName): Record<string, unknown> {
  const reason = "authorization matrix";
  switch (action) {
    case "hide_message":
    case "dismiss_reports":
      return { action, messageId, reason };
    case "mute":
      return { action, roomId, userId: people.target.id, minutes: 10, reason };
    case "slow_mode":
      return { action, roomId, seconds: 0, reason };
    case "lock":
      return { action, roomId, locked: false, reason };
    case "careful":
      return { action, roomId, careful: false, reason };
    case "edit_guidelines":
      return { action, roomId, guidelines: "Be kind.", reason };
    default:
      return { action, roomId, userId: people.target.id, reason };
  }
}

beforeAll(async () => {
  const room = await createRoom(prisma());
  const otherRoom = await createRoom(prisma());
  roomId = room.id;
  for (const name of [...actors, "target"] as const) people[name] = await connectMember(hearth.app.url);
  await makeAdmin(prisma(), hearth.app.url, people.admin);
  await placeInRoom(prisma(), people["this room's moderator"], room.id, { role: "moderator" });
  await placeInRoom(prisma(), people["another room's moderator"], otherRoom.id, { role: "moderator" });
  await placeInRoom(prisma(), people.member, room.id);
  await placeInRoom(prisma(), people.listener, room.id, { listenOnly: true });
  await placeInRoom(prisma(), people["removed member"], room.id, { removed: true });
  await placeInRoom(prisma(), people["muted member"], room.id, { mutedMinutes: 60 });
  await join(people.target.socket, room.id);
  messageId = (await send(people.target.socket, room.id, "A message to moderate")).id;
});
afterAll(() => Object.values(people).forEach((person) => person.socket.close()));

const auditRows = () => prisma().moderationAction.count();

describe.each(Object.entries(matrix))("%s", (action, outcomes) => {
  it.each(actors.map((actor, index) => [actor, outcomes[index]] as const))(
    "by %s → %s, on the socket and over HTTP",
    async (actor, expected) => {
      const person = people[actor];
      for (const door of ["socket", "http"] as const) {
        const before = await auditRows();
        const body = payload(action as ModerationActionName);
        const answer =
          door === "socket"
            ? await ask(person.socket, "mod:action", body)
            : await postJson(`${hearth.app.url}/api/mod/actions`, body, { cookie: person.cookie }).then(
                (r) => (r.status === 200 ? { ok: true } : { ok: false, error: r.body.error }),
              );
        if (expected === A) {
          expect(answer, `${door}`).toEqual({ ok: true });
          expect(await auditRows(), `${door}: one audit row`).toBe(before + 1);
        } else {
          expect(answer, `${door}`).toMatchObject({ ok: false, error: { code: expected } });
          expect(await auditRows(), `${door}: nothing logged`).toBe(before);
        }
      }
    },
  );
});

describe("signed out", () => {
  it("is refused over HTTP with unauthenticated, and cannot open a socket at all", async () => {
    for (const action of Object.keys(matrix) as ModerationActionName[]) {
      const { status, body } = await postJson(`${hearth.app.url}/api/mod/actions`, payload(action));
      expect(status).toBe(401);
      expect(body.error?.code).toBe("unauthenticated");
    }
    expect(await connectSocket(hearth.app.url)).toMatchObject({ connected: false, code: "unauthenticated" });
  });
});

describe("bad input", () => {
  it("answers unknown actions and missing reasons with invalid_input, even for an admin", async () => {
    expect(await ask(people.admin.socket, "mod:action", { action: "ban_forever", roomId })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(
      await ask(people.admin.socket, "mod:action", {
        action: "mute",
        roomId,
        userId: people.target.id,
        minutes: 10,
        reason: "  ",
      }),
    ).toMatchObject({ ok: false, error: { code: "invalid_input", fields: { reason: expect.any(String) } } });
    expect(
      await ask(people.admin.socket, "mod:action", {
        action: "mute",
        roomId,
        userId: people.target.id,
        minutes: 0,
        reason: "x",
      }),
    ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});

// Rank: a moderator cannot act on their own messages, on reports about themselves, or on the
// room's other moderators and admins; an admin can (but not on their own message, or on an admin).
describe("rank", () => {
  const ranked = {} as Record<"second moderator" | "admin in the room", ConnectedMember>;
  const messages = {} as Record<"own" | "second moderator's" | "admin's", string>;

  beforeAll(async () => {
    for (const name of ["second moderator", "admin in the room"] as const)
      ranked[name] = await connectMember(hearth.app.url);
    await makeAdmin(prisma(), hearth.app.url, ranked["admin in the room"]);
    await placeInRoom(prisma(), ranked["second moderator"], roomId, { role: "moderator" });
    for (const person of [
      ranked["second moderator"],
      ranked["admin in the room"],
      people["this room's moderator"],
    ])
      await join(person.socket, roomId);
    messages.own = (await send(people["this room's moderator"].socket, roomId, "My own words")).id;
    messages["second moderator's"] = (await send(ranked["second moderator"].socket, roomId, "Mod words")).id;
    messages["admin's"] = (await send(ranked["admin in the room"].socket, roomId, "Admin words")).id;
    // Someone reported each of them: dismissing reports is then a real decision.
    for (const id of Object.values(messages))
      await ask(people.member.socket, "report:create", { messageId: id, reason: "other" });
  });

  type Case = [string, () => ConnectedMember, ModerationActionName, () => Record<string, unknown>, string];
  const onMessage = (action: ModerationActionName, which: keyof typeof messages) => () => ({
    action,
    messageId: messages[which],
    reason: "rank",
  });
  const onPerson = (action: ModerationActionName, who: () => ConnectedMember) => () => ({
    action,
    roomId,
    userId: who().id,
    reason: "rank",
    ...(action === "mute" && { minutes: 5 }),
  });
  const moderator = () => people["this room's moderator"];
  const admin = () => ranked["admin in the room"];
  const secondModerator = () => ranked["second moderator"];
  const memberActions: ModerationActionName[] = ["warn", "mute", "unmute", "remove", "lift_removal"];

  const cases: Case[] = [
    ...(["hide_message", "dismiss_reports"] as const).flatMap((action): Case[] => [
      [`a moderator: ${action} on their own message`, moderator, action, onMessage(action, "own"), F],
      [
        `a moderator: ${action} on another moderator's message`,
        moderator,
        action,
        onMessage(action, "second moderator's"),
        F,
      ],
      [`a moderator: ${action} on an admin's message`, moderator, action, onMessage(action, "admin's"), F],
      [`an admin: ${action} on their own message`, admin, action, onMessage(action, "admin's"), F],
    ]),
    ...memberActions.flatMap((action): Case[] => [
      [`a moderator: ${action} on themselves`, moderator, action, onPerson(action, moderator), F],
      [
        `a moderator: ${action} on another moderator`,
        moderator,
        action,
        onPerson(action, secondModerator),
        F,
      ],
      [`a moderator: ${action} on an admin`, moderator, action, onPerson(action, admin), F],
      [`an admin: ${action} on themselves`, admin, action, onPerson(action, admin), F],
    ]),
    // Admins outrank moderators (kept to what can be undone, so the cases above stay true).
    [
      "an admin: dismiss_reports on a moderator's message",
      admin,
      "dismiss_reports",
      onMessage("dismiss_reports", "second moderator's"),
      A,
    ],
    [
      "an admin: hide_message on a moderator's message",
      admin,
      "hide_message",
      onMessage("hide_message", "own"),
      A,
    ],
    ["an admin: warn a moderator", admin, "warn", onPerson("warn", secondModerator), A],
    ["an admin: mute a moderator", admin, "mute", onPerson("mute", secondModerator), A],
    ["an admin: unmute a moderator", admin, "unmute", onPerson("unmute", secondModerator), A],
  ];

  it.each(cases)("%s, on the socket and over HTTP", async (_name, who, _action, body, expected) => {
    for (const door of ["socket", "http"] as const) {
      const before = await auditRows();
      const answer =
        door === "socket"
          ? await ask(who().socket, "mod:action", body())
          : await postJson(`${hearth.app.url}/api/mod/actions`, body(), { cookie: who().cookie }).then((r) =>
              r.status === 200 ? { ok: true } : { ok: false, error: r.body.error },
            );
      if (expected === A) {
        expect(answer, door).toEqual({ ok: true });
        expect(await auditRows(), `${door}: one audit row`).toBe(before + 1);
      } else {
        expect(answer, door).toMatchObject({ ok: false, error: { code: expected } });
        expect(await auditRows(), `${door}: nothing logged`).toBe(before);
      }
    }
  });
});
