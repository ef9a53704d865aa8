// Admins' changes to topics, rooms and moderators: who may make them, what they do, and bad input.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { postJson } from "@/tests/factories/accounts";
import { ask, createRoom, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
let admin: ConnectedMember;
let moderator: ConnectedMember;
let member: ConnectedMember;
let otherModerator: ConnectedMember;
let listener: ConnectedMember;
let removed: ConnectedMember;
let muted: ConnectedMember;
let roomId: string;
let topicId: string;

beforeAll(async () => {
  const room = await createRoom(prisma());
  roomId = room.id;
  topicId = (await prisma().room.findUniqueOrThrow({ where: { id: room.id } })).topicId;
  [admin, moderator, member] = [
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
  ];
  await makeAdmin(prisma(), hearth.app.url, admin);
  await placeInRoom(prisma(), moderator, roomId, { role: "moderator" });
  await placeInRoom(prisma(), member, roomId);
  [otherModerator, listener, removed, muted] = [
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
  ];
  await placeInRoom(prisma(), otherModerator, (await createRoom(prisma())).id, { role: "moderator" });
  await placeInRoom(prisma(), listener, roomId, { listenOnly: true });
  await placeInRoom(prisma(), removed, roomId, { removed: true });
  await placeInRoom(prisma(), muted, roomId, { mutedMinutes: 60 });
});
afterAll(() =>
  [admin, moderator, member, otherModerator, listener, removed, muted].forEach((p) => p?.socket.close()),
);

const administer = (who: ConnectedMember | null, body: Record<string, unknown>) =>
  postJson(
    `${hearth.app.url}/api/admin/actions`,
    { reason: "setting up", ...body },
    who ? { cookie: who.cookie } : {},
  );

const actions = () => ({
  create_topic: {
    action: "create_topic",
    slug: `topic-${Math.random().toString(36).slice(2, 8)}`,
    name: "A new topic",
    description: "",
  },
  update_topic: { action: "update_topic", topicId, name: "Renamed topic", description: "Still here" },
  create_room: {
    action: "create_room",
    topicId,
    slug: `room-${Math.random().toString(36).slice(2, 8)}`,
    name: "A new room",
    description: "",
    capacity: 8,
    guidelines: "Be kind.",
  },
  update_room: { action: "update_room", roomId, name: "Renamed room", description: "", capacity: 10 },
  appoint_moderator: { action: "appoint_moderator", roomId, pseudonym: member.pseudonym },
  remove_moderator: { action: "remove_moderator", roomId, userId: member.id },
});

describe("who may administer", () => {
  const who = [
    "admin",
    "this room's moderator",
    "another room's moderator",
    "member",
    "listener",
    "removed member",
    "muted member",
    "signed out",
  ] as const;
  const person = (name: (typeof who)[number]) =>
    ({
      admin,
      "this room's moderator": moderator,
      "another room's moderator": otherModerator,
      member,
      listener,
      "removed member": removed,
      "muted member": muted,
      "signed out": null,
    })[name];
  // action → HTTP status for each of `who`, in order (admin actions have no socket door)
  const expected: Record<string, number[]> = {
    create_topic: [200, 403, 403, 403, 403, 403, 403, 401],
    update_topic: [200, 403, 403, 403, 403, 403, 403, 401],
    create_room: [200, 403, 403, 403, 403, 403, 403, 401],
    update_room: [200, 403, 403, 403, 403, 403, 403, 401],
    appoint_moderator: [200, 403, 403, 403, 403, 403, 403, 401],
    remove_moderator: [200, 403, 403, 403, 403, 403, 403, 401],
    add_watched_word: [201, 403, 403, 403, 403, 403, 403, 401],
  };
  it.each(Object.entries(expected))("%s: allowed for admins only, logged once", async (action, statuses) => {
    const before = await prisma().moderationAction.count();
    for (const [index, name] of who.entries()) {
      const result =
        action === "add_watched_word"
          ? await postJson(
              `${hearth.app.url}/api/admin/watched-words`,
              {
                phrase: `word${index}${Math.random().toString(36).slice(2, 6)}`,
                action: "flag",
                reason: "x",
              },
              person(name) ? { cookie: (person(name) as ConnectedMember).cookie } : {},
            )
          : await administer(person(name), actions()[action as keyof ReturnType<typeof actions>]);
      expect(result.status, `${action} by ${name}`).toBe(statuses[index]);
    }
    expect(await prisma().moderationAction.count()).toBe(before + 1);
  });
});

describe("what administering does", () => {
  it("creates a room that appears in the directory, and an appointed moderator can moderate it", async () => {
    const created = await administer(admin, { ...actions().create_room, name: "Brand new room" });
    const directory = await fetch(`${hearth.app.url}/api/rooms`).then((r) => r.json());
    expect(JSON.stringify(directory)).toContain("Brand new room");
    const newRoomId = created.body.id as string;
    const helper = await connectMember(hearth.app.url);
    expect(
      await ask(helper.socket, "mod:action", {
        action: "slow_mode",
        roomId: newRoomId,
        seconds: 10,
        reason: "x",
      }),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(
      (
        await administer(admin, {
          action: "appoint_moderator",
          roomId: newRoomId,
          pseudonym: helper.pseudonym,
        })
      ).status,
    ).toBe(200);
    expect(
      await ask(helper.socket, "mod:action", {
        action: "slow_mode",
        roomId: newRoomId,
        seconds: 10,
        reason: "x",
      }),
    ).toEqual({ ok: true });
    helper.socket.close();
  });

  it.each([
    ["a slug already used", () => ({ ...actions().create_room, slug: "taken-slug" }), 409, "conflict"],
    ["a capacity over 50", () => ({ ...actions().create_room, capacity: 51 }), 400, "invalid_input"],
    ["a slug with spaces", () => ({ ...actions().create_room, slug: "Not A Slug" }), 400, "invalid_input"],
    [
      "an unknown pseudonym",
      () => ({ ...actions().appoint_moderator, pseudonym: "Nobody At All" }),
      404,
      "not_found",
    ],
    ["no reason", () => ({ ...actions().create_topic, reason: "" }), 400, "invalid_input"],
    ["an unknown action", () => ({ action: "drop_everything" }), 400, "invalid_input"],
  ])("refuses %s and changes nothing", async (_case, body, status, code) => {
    await administer(admin, { ...actions().create_room, slug: "taken-slug" }).catch(() => undefined);
    const rooms = await prisma().room.count();
    const result = await administer(admin, body());
    expect(result.status).toBe(status);
    expect(result.body.error?.code).toBe(code);
    expect(await prisma().room.count()).toBe(rooms);
  });
});
