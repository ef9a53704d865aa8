// Staff powers wait for a second step (decision 0028), on every door: every moderation action
// (socket and HTTP) and every admin action of the authorization matrix, iterated from the
// schemas that define them so a new action cannot be left out, is refused with
// second_factor_required while the session has no second step, and allowed once it has one;
// the staff pages say why; moderators' live events wait too; REQUIRE_STAFF_SECOND_FACTOR=false
// lets them through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { administrationSchema, type AdministrationInput } from "@/lib/shared/schemas/admin";
import { moderationActionSchema, type ModerationActionName } from "@/lib/shared/schemas/moderation";
import { postJson } from "@/tests/factories/accounts";
import { ask, createRoom, join, nextEvent, send, settle, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, makeAdmin, placeInRoom } from "@/tests/factories/moderation";
import { openSocket } from "@/tests/factories/chat";
import { turnOnApp } from "@/tests/factories/second-factor";
import { appPerFile } from "@/tests/setup/app-per-file";
import { startAppProcess, type AppProcess } from "@/tests/setup/app-process";

const hearth = appPerFile({}, { staffSecondFactor: "required" });
const prisma = () => hearth.database.prisma;

let admin: ConnectedMember;
let moderator: ConnectedMember;
let member: ConnectedMember;
let roomId = "";
let topicId = "";
let messageId = "";
let made = 0;

/** A message of the member's that waits for a moderator (for approving and declining). */
async function heldMessage(): Promise<string> {
  const { id } = await send(member.socket, roomId, `Held message ${++made}`);
  await prisma().message.update({
    where: { id: BigInt(id) },
    data: { heldForReview: true, heldFor: "careful_room" },
  });
  return id;
}

// Every moderation action, with a body that would be accepted: the Record's type needs a line
// for each action the schema knows, and the first test checks the schema's own list.
const reason = "staff gate";
const moderationBodies: Record<ModerationActionName, () => Promise<Record<string, unknown>>> = {
  hide_message: async () => ({ action: "hide_message", messageId, reason }),
  dismiss_reports: async () => ({ action: "dismiss_reports", messageId, reason }),
  approve_message: async () => ({ action: "approve_message", messageId: await heldMessage() }),
  decline_message: async () => ({ action: "decline_message", messageId: await heldMessage(), reason }),
  warn: async () => ({ action: "warn", roomId, userId: member.id, reason }),
  mute: async () => ({ action: "mute", roomId, userId: member.id, minutes: 10, reason }),
  unmute: async () => ({ action: "unmute", roomId, userId: member.id, reason }),
  remove: async () => ({ action: "remove", roomId, userId: member.id, reason }),
  lift_removal: async () => ({ action: "lift_removal", roomId, userId: member.id, reason }),
  slow_mode: async () => ({ action: "slow_mode", roomId, seconds: 0, reason }),
  lock: async () => ({ action: "lock", roomId, locked: false, reason }),
  careful: async () => ({ action: "careful", roomId, careful: false, reason }),
  edit_guidelines: async () => ({ action: "edit_guidelines", roomId, guidelines: "Be kind.", reason }),
};

type AdminActionName = AdministrationInput["action"];
const adminBodies: Record<AdminActionName, () => Record<string, unknown>> = {
  create_topic: () => ({ action: "create_topic", slug: `gate-topic-${++made}`, name: "Gate topic", reason }),
  update_topic: () => ({ action: "update_topic", topicId, name: "Renamed topic", reason }),
  create_room: () => ({
    action: "create_room",
    topicId,
    slug: `gate-room-${++made}`,
    name: "Gate room",
    capacity: 10,
    guidelines: "Be kind.",
    reason,
  }),
  update_room: () => ({ action: "update_room", roomId, name: "Renamed room", capacity: 12, reason }),
  appoint_moderator: () => ({ action: "appoint_moderator", roomId, pseudonym: member.pseudonym, reason }),
  remove_moderator: () => ({ action: "remove_moderator", roomId, userId: member.id, reason }),
  set_newcomer_trust: () => ({
    action: "set_newcomer_trust",
    newcomerMessages: 5,
    newcomerHours: 24,
    linkAccountHours: 24,
    linkMessages: 5,
    reason,
  }),
};

/** The other staff doors: watched words (admins), duty (moderators and admins). */
const otherDoors: {
  name: string;
  who: "admin" | "moderator";
  call: (cookie: string) => Promise<Response>;
}[] = [
  {
    name: "GET /api/admin/watched-words",
    who: "admin",
    call: (cookie) => fetch(`${hearth.app.url}/api/admin/watched-words`, { headers: { cookie } }),
  },
  {
    name: "POST /api/admin/watched-words",
    who: "admin",
    call: (cookie) =>
      fetch(`${hearth.app.url}/api/admin/watched-words`, {
        method: "POST",
        headers: { cookie, origin: hearth.app.url, "content-type": "application/json" },
        body: JSON.stringify({ phrase: `gateword${++made}`, action: "flag", reason }),
      }),
  },
  {
    name: "GET /api/care-alerts",
    who: "moderator",
    call: (cookie) => fetch(`${hearth.app.url}/api/care-alerts`, { headers: { cookie } }),
  },
  {
    name: "POST /api/mod/duty",
    who: "moderator",
    call: (cookie) =>
      fetch(`${hearth.app.url}/api/mod/duty`, {
        method: "POST",
        headers: { cookie, origin: hearth.app.url, "content-type": "application/json" },
        body: JSON.stringify({ onDuty: true }),
      }),
  },
];

async function moderate(person: ConnectedMember, door: "socket" | "http", body: Record<string, unknown>) {
  if (door === "socket") return ask(person.socket, "mod:action", body);
  const answer = await postJson(`${hearth.app.url}/api/mod/actions`, body, { cookie: person.cookie });
  return answer.status === 200 ? { ok: true } : { ok: false, error: answer.body.error };
}

const auditRows = () => prisma().moderationAction.count();

beforeAll(async () => {
  const room = await createRoom(prisma());
  roomId = room.id;
  topicId = (await prisma().room.findUniqueOrThrow({ where: { id: roomId } })).topicId;
  [admin, moderator, member] = [
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
    await connectMember(hearth.app.url),
  ];
  await makeAdmin(prisma(), hearth.app.url, admin);
  await placeInRoom(prisma(), moderator, roomId, { role: "moderator" });
  await placeInRoom(prisma(), member, roomId);
  await join(member.socket, roomId);
  messageId = (await send(member.socket, roomId, "A message to moderate")).id;
});
afterAll(() => [admin, moderator, member].forEach((person) => person?.socket.close()));

describe("the lists this file walks", () => {
  it("are every action the schemas know", () => {
    const schemaActions = (schema: { options: readonly { shape: { action: { value: string } } }[] }) =>
      schema.options.map((option) => option.shape.action.value).sort();
    expect(Object.keys(moderationBodies).sort()).toEqual(schemaActions(moderationActionSchema));
    expect(Object.keys(adminBodies).sort()).toEqual(schemaActions(administrationSchema));
  });
});

describe("without a second step", () => {
  it.each(Object.keys(moderationBodies) as ModerationActionName[])(
    "%s waits with second_factor_required, for an admin and a moderator, on the socket and over HTTP",
    async (action) => {
      for (const person of [admin, moderator])
        for (const door of ["socket", "http"] as const) {
          const before = await auditRows();
          const answer = await moderate(person, door, await moderationBodies[action]());
          expect(answer, `${door}`).toMatchObject({ ok: false, error: { code: "second_factor_required" } });
          expect((answer as { error: { message: string } }).error.message).toMatch(/second step/);
          expect(await auditRows()).toBe(before);
        }
    },
  );

  it.each(Object.keys(adminBodies) as AdminActionName[])("%s waits for the admin", async (action) => {
    const before = await auditRows();
    const answer = await postJson(`${hearth.app.url}/api/admin/actions`, adminBodies[action](), {
      cookie: admin.cookie,
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe("second_factor_required");
    expect(await auditRows()).toBe(before);
  });

  it.each(otherDoors.map((door) => [door.name, door] as const))("%s waits", async (_name, door) => {
    const response = await door.call((door.who === "admin" ? admin : moderator).cookie);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "second_factor_required",
    );
  });

  it("the staff pages say why and offer to set it up; a member's page is as always", async () => {
    for (const [person, path] of [
      [moderator, "/mod"],
      [moderator, "/mod/log"],
      [admin, "/admin"],
      [admin, "/admin/care"],
    ] as const) {
      const page = await (
        await fetch(`${hearth.app.url}${path}`, { headers: { cookie: person.cookie } })
      ).text();
      expect(page, path).toContain("One more step before your moderator tools");
      expect(page, path).toContain("Set up an authenticator app now");
    }
    const memberPage = await (
      await fetch(`${hearth.app.url}/mod`, { headers: { cookie: member.cookie } })
    ).text();
    expect(memberPage).not.toContain("One more step");
  });

  it("a report does not reach the moderator's sockets until their session has a second step", async () => {
    const events: unknown[] = [];
    moderator.socket.on("report:new", (event) => events.push(event));
    const { id } = await send(member.socket, roomId, "Another message");
    await join(admin.socket, roomId);
    // The admin reports it (a member of the room reporting a message; not a staff power).
    expect(await ask(admin.socket, "report:create", { messageId: id, reason: "spam" })).toMatchObject({
      ok: true,
    });
    await settle(500);
    expect(events).toEqual([]);
  });
});

describe("with a second step", () => {
  beforeAll(async () => {
    for (const person of [admin, moderator]) {
      await turnOnApp(hearth.app.url, person.cookie);
      // The socket's session is read at the handshake: the new powers come with a new socket.
      person.socket.close();
      person.socket = await openSocket(hearth.app.url, person.cookie);
    }
  });

  it("reports reach the moderator's new socket", async () => {
    const arrived = nextEvent<{ roomId: string; messageId: string }>(moderator.socket, "report:new");
    const { id } = await send(member.socket, roomId, "A message to report again");
    const reported = await postJson(
      `${hearth.app.url}/api/reports`,
      { messageId: id, reason: "spam" },
      { cookie: admin.cookie },
    );
    expect(reported.status).toBe(201);
    await expect(arrived).resolves.toMatchObject({ roomId, messageId: id });
  });

  it.each(Object.keys(moderationBodies) as ModerationActionName[])(
    "%s is allowed, for an admin and a moderator, on the socket and over HTTP",
    async (action) => {
      for (const person of [admin, moderator])
        for (const door of ["socket", "http"] as const) {
          const before = await auditRows();
          expect(await moderate(person, door, await moderationBodies[action]()), `${door}`).toEqual({
            ok: true,
          });
          expect(await auditRows()).toBe(before + 1);
        }
    },
  );

  it.each(Object.keys(adminBodies) as AdminActionName[])("%s is allowed for the admin", async (action) => {
    const answer = await postJson(`${hearth.app.url}/api/admin/actions`, adminBodies[action](), {
      cookie: admin.cookie,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  });

  it.each(otherDoors.map((door) => [door.name, door] as const))("%s is allowed", async (_name, door) => {
    const response = await door.call((door.who === "admin" ? admin : moderator).cookie);
    expect(response.status).toBeLessThan(300);
  });

  it("someone appointed moderator is told, with the second step they need", async () => {
    const notice = await prisma().notice.findFirst({
      where: { userId: member.id, kind: "moderator_appointed" },
      orderBy: { createdAt: "desc" },
    });
    expect(notice?.body).toMatch(/You were asked to moderate this room/);
    expect(notice?.body).toMatch(/second step at sign-in/);
  });
});

describe("REQUIRE_STAFF_SECOND_FACTOR=false", () => {
  let relaxed: AppProcess | undefined;
  afterAll(async () => {
    await relaxed?.stop();
  });

  it("lets a moderator without a second step act", { timeout: 120_000 }, async () => {
    relaxed = await startAppProcess({
      databaseUrl: hearth.database.url,
      staffSecondFactor: "off",
      timeoutMs: 110_000,
    });
    const plain = await connectMember(relaxed.url);
    await placeInRoom(prisma(), plain, roomId, { role: "moderator" });
    plain.socket.close();
    const answer = await postJson(
      `${relaxed.url}/api/mod/actions`,
      { action: "warn", roomId, userId: member.id, reason },
      { cookie: plain.cookie },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  });
});
