// A member's own data through the real routes: the export holds everything about them (hidden
// messages too) and nothing of others' private records; deleting the account needs the
// password, applies the member's choice for their messages as others see it, ends sign-in,
// keeps the pseudonym reserved, and loses nothing of anyone else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
import { goodPassword, postJson, signIn } from "@/tests/factories/accounts";
import { ask, createRoom, join, send, type ConnectedMember } from "@/tests/factories/chat";
import { connectMember, placeInRoom } from "@/tests/factories/moderation";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile({}, { staffSecondFactor: "off" });
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
let roomId: string;
let moderator: ConnectedMember;
let keeper: ConnectedMember;
let eraser: ConnectedMember;
let friend: ConnectedMember;

async function person(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}
const post = (path: string, body: unknown, who: ConnectedMember) =>
  postJson(`${hearth.app.url}${path}`, body, { cookie: who.cookie });
const history = async (who: ConnectedMember) => {
  const answer = await ask<{ messages: WireMessage[] }>(who.socket, "history", { roomId });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.messages;
};

beforeAll(async () => {
  roomId = (await createRoom(prisma())).id;
  [moderator, keeper, eraser, friend] = [await person(), await person(), await person(), await person()];
  await placeInRoom(prisma(), moderator, roomId, { role: "moderator" });
  for (const someone of [moderator, keeper, eraser, friend]) await join(someone.socket, roomId);
});
afterAll(() => everyone.forEach((someone) => someone.socket.close()));

describe("the export", () => {
  it("holds the account, rooms, messages (hidden too), reactions, reports, notices and blocks", async () => {
    const kept = await send(keeper.socket, roomId, "Something I said, later hidden");
    const friendly = await send(friend.socket, roomId, "A friend's words");
    await ask(keeper.socket, "message:react", { messageId: friendly.id, kind: "hug" });
    await ask(keeper.socket, "report:create", { messageId: friendly.id, reason: "spam" });
    await ask(moderator.socket, "mod:action", {
      action: "hide_message",
      messageId: kept.id,
      reason: "Off topic",
    });
    expect((await post("/api/blocks", { userId: eraser.id }, keeper)).status).toBe(201);
    expect((await post("/api/sessions/follow", { roomId, following: true }, keeper)).status).toBe(200);

    const response = await fetch(`${hearth.app.url}/api/account/export?format=json`, {
      headers: { cookie: keeper.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="hearth-my-data-.*\.json"/,
    );
    const data = await response.json();
    expect(data.account.pseudonym).toBe(keeper.pseudonym);
    expect(data.memberships).toHaveLength(1);
    expect(data.messages).toEqual([
      expect.objectContaining({ body: "Something I said, later hidden", hiddenReason: "Off topic" }),
    ]);
    expect(data.reactions).toEqual([expect.objectContaining({ kind: "hug", messageId: friendly.id })]);
    expect(data.reportsMade).toEqual([expect.objectContaining({ reason: "spam" })]);
    expect(data.notices.map((notice: { kind: string }) => notice.kind)).toContain("message_hidden");
    expect(data.blocked).toEqual([expect.objectContaining({ pseudonym: eraser.pseudonym })]);
    expect(data.followedSessions).toEqual([expect.objectContaining({ since: expect.any(String) })]);
    // Nothing of the friend's own records, and the friend's words only where the keeper reacted.
    expect(JSON.stringify(data)).not.toContain("A friend's words");

    const text = await (
      await fetch(`${hearth.app.url}/api/account/export?format=text`, { headers: { cookie: keeper.cookie } })
    ).text();
    expect(text).toContain("Everything Hearth holds about you");
    expect(text).toContain("Something I said, later hidden");
    expect(text).toContain("hidden by a moderator: Off topic");
    expect((await fetch(`${hearth.app.url}/api/account/export`)).status).toBe(401);
  });
});

describe("deleting an account", () => {
  it("needs the right password and a choice, and changes nothing without them", async () => {
    expect((await post("/api/account/delete", { password: "wrong", messages: "keep" }, keeper)).status).toBe(
      401,
    );
    expect((await post("/api/account/delete", { password: goodPassword }, keeper)).status).toBe(400);
    expect(
      (await post("/api/account/delete", { password: goodPassword, messages: "all" }, keeper)).status,
    ).toBe(400);
    expect((await signIn(hearth.app.url, keeper.pseudonym, goodPassword)).cookie).toBeDefined();
    expect(await prisma().user.count({ where: { deletedAt: { not: null } } })).toBe(0);
  });

  it("keeping the messages: others read them signed “A former member”; sign-in ends; the name stays reserved", async () => {
    await send(keeper.socket, roomId, "Words I am happy to leave behind");
    const disconnected = new Promise<void>((resolve) => keeper.socket.once("disconnect", () => resolve()));
    expect(
      (await post("/api/account/delete", { password: goodPassword, messages: "keep" }, keeper)).status,
    ).toBe(200);
    await disconnected;

    const seen = (await history(friend)).find(
      (message) => message.body === "Words I am happy to leave behind",
    );
    expect(seen?.author.pseudonym).toBe("A former member");
    expect((await history(friend)).some((message) => message.author.pseudonym === keeper.pseudonym)).toBe(
      false,
    );
    expect((await signIn(hearth.app.url, keeper.pseudonym, goodPassword)).cookie).toBeUndefined();
    const again = await postJson(`${hearth.app.url}/api/signup`, {
      pseudonym: keeper.pseudonym,
      password: goodPassword,
    });
    expect(again.status).toBe(409);
    expect(
      (await fetch(`${hearth.app.url}/api/account/export`, { headers: { cookie: keeper.cookie } })).status,
    ).toBe(401);

    // Nothing of anyone else is lost: the friend's message, the moderator's record and its reason.
    expect((await history(friend)).some((message) => message.body === "A friend's words")).toBe(true);
    const record = await prisma().moderationAction.findFirstOrThrow({
      where: { kind: "hide_message", targetUserId: keeper.id },
    });
    expect(record.reason).toBe("Off topic");
    expect(await prisma().reaction.count({ where: { userId: keeper.id } })).toBe(0);
    expect(await prisma().block.count({ where: { blockerId: keeper.id } })).toBe(0);
  });

  it("erasing the words: others see that a message was deleted, and its words are gone", async () => {
    await send(eraser.socket, roomId, "Something I want gone");
    expect(
      (await post("/api/account/delete", { password: goodPassword, messages: "erase" }, eraser)).status,
    ).toBe(200);
    const mine = (await history(friend)).filter((message) => message.author.id === eraser.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((message) => message.deleted && message.body === "")).toBe(true);
    expect(await prisma().message.count({ where: { authorId: eraser.id, body: { not: "" } } })).toBe(0);
  });
});
