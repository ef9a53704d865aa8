// Moderators on duty and handing items over, through the real routes and sockets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Attention } from "@/lib/shared/check-in-types";
import { postJson } from "@/tests/factories/accounts";
import { ask, createRoom, join, nextEvent, send, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
let roomId: string;
let first: ConnectedMember;
let second: ConnectedMember;
let member: ConnectedMember;
let outsider: ConnectedMember;

async function person(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}
const post = (path: string, body: unknown, who: ConnectedMember) =>
  postJson(`${hearth.app.url}${path}`, body, { cookie: who.cookie });
async function get<Data>(path: string, who: ConnectedMember) {
  return (await (
    await fetch(`${hearth.app.url}${path}`, { headers: { cookie: who.cookie } })
  ).json()) as Data;
}

beforeAll(async () => {
  roomId = (await createRoom(prisma())).id;
  [first, second, member, outsider] = [await person(), await person(), await person(), await person()];
  await placeInRoom(prisma(), first, roomId, { role: "moderator" });
  await placeInRoom(prisma(), second, roomId, { role: "moderator" });
  await join(member.socket, roomId);
});
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

describe("on duty", () => {
  it("is for moderators only, and refuses a malformed body", async () => {
    expect((await post("/api/mod/duty", { onDuty: true }, member)).status).toBe(403);
    expect((await post("/api/mod/duty", { onDuty: "yes" }, first)).status).toBe(400);
    expect(await prisma().moderatorShift.count()).toBe(0);
  });

  it("tells the room's members a moderator is around, names them only to colleagues, and ends", async () => {
    const around = nextEvent<{ moderatorAround?: boolean }>(
      member.socket,
      "room:updated",
      (c) => c.moderatorAround !== undefined,
    );
    expect((await post("/api/mod/duty", { onDuty: true }, first)).status).toBe(200);
    expect((await around).moderatorAround).toBe(true);
    expect((await post("/api/mod/duty", { onDuty: true }, first)).status).toBe(200);
    expect(await prisma().moderatorShift.count({ where: { userId: first.id, endedAt: null } })).toBe(1);

    const roster = await get<{ covering: { pseudonym: string; rooms: string[] }[] }>("/api/mod/duty", second);
    expect(roster.covering).toEqual([
      expect.objectContaining({ pseudonym: first.pseudonym, rooms: [expect.any(String)] }),
    ]);
    expect((await get<{ covering: unknown[] }>("/api/mod/duty", member)).covering).toEqual([]);

    const gone = nextEvent<{ moderatorAround?: boolean }>(
      member.socket,
      "room:updated",
      (c) => c.moderatorAround !== undefined,
    );
    expect((await post("/api/mod/duty", { onDuty: false }, first)).status).toBe(200);
    expect((await gone).moderatorAround).toBe(false);
  });
});

describe("handing an item to another moderator", () => {
  let messageId: string;

  beforeAll(async () => {
    messageId = (
      await send(outsider.socket, roomId, "x").catch(async () => {
        await join(outsider.socket, roomId);
        return send(outsider.socket, roomId, "Something worth a second look");
      })
    ).id;
    expect(await ask(member.socket, "report:create", { messageId, reason: "spam" })).toMatchObject({
      ok: true,
    });
  });

  it("refuses people who do not moderate the room, oneself and bad ids, changing nothing", async () => {
    expect((await post("/api/mod/hand-over", { messageId, toUserId: second.id }, member)).status).toBe(403);
    expect((await post("/api/mod/hand-over", { messageId, toUserId: member.id }, first)).status).toBe(400);
    expect((await post("/api/mod/hand-over", { messageId, toUserId: first.id }, first)).status).toBe(400);
    expect((await post("/api/mod/hand-over", { messageId: "x", toUserId: second.id }, first)).status).toBe(
      400,
    );
    expect(await prisma().report.count({ where: { assignedToId: { not: null } } })).toBe(0);
  });

  it("waits for the colleague, who is told wherever they are; logged", async () => {
    const told = nextEvent(second.socket, "attention:changed");
    expect((await post("/api/mod/hand-over", { messageId, toUserId: second.id }, first)).status).toBe(200);
    await told;
    expect((await get<Attention>("/api/attention", second)).priorityItems).toBe(1);
    expect((await get<Attention>("/api/attention", first)).priorityItems).toBe(0);
    const html = await (await fetch(`${hearth.app.url}/mod`, { headers: { cookie: first.cookie } })).text();
    expect(html).toContain(`handed to ${second.pseudonym}`);
    expect(
      await prisma().moderationAction.count({ where: { kind: "hand_over_item", actorId: first.id } }),
    ).toBe(1);
  });
});
