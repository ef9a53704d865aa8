// The posting rules on the real send path, including when sends race each other.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ask, connectMember, createRoom, join, send, type ConnectedMember } from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile();
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];
async function member(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}
afterAll(() => everyone.forEach((person) => person.socket.close()));

describe("room rules on the send path", () => {
  it("lets only one of several simultaneous messages through slow mode", async () => {
    const room = await createRoom(prisma());
    const ada = await member();
    await join(ada.socket, room.id);
    await prisma().room.update({ where: { id: room.id }, data: { slowModeSeconds: 30 } });
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        ask(ada.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: `burst ${index}` }),
      ),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers.filter((a) => !a.ok))
      expect(answer).toMatchObject({
        ok: false,
        error: { code: "slow_mode", retryAfterSeconds: expect.any(Number) },
      });
    expect(await prisma().message.count({ where: { roomId: room.id } })).toBe(1);
  });

  it("refuses posts in a locked room and from a muted member, and stores nothing", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    await prisma().membership.updateMany({
      where: { roomId: room.id, userId: ben.id },
      data: { mutedUntil: new Date(Date.now() + 60_000) },
    });
    expect(
      await ask(ben.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: "muted" }),
    ).toMatchObject({ ok: false, error: { code: "muted" } });
    await prisma().room.update({ where: { id: room.id }, data: { lockedAt: new Date() } });
    expect(
      await ask(ada.socket, "message:send", { roomId: room.id, clientId: randomUUID(), body: "locked" }),
    ).toMatchObject({ ok: false, error: { code: "room_locked" } });
    expect(await prisma().message.count({ where: { roomId: room.id } })).toBe(0);
  });

  it("still answers a resend of a stored message after its author was muted", async () => {
    const room = await createRoom(prisma());
    const ada = await member();
    await join(ada.socket, room.id);
    const clientId = randomUUID();
    const first = await send(ada.socket, room.id, "before the mute", { clientId });
    await prisma().membership.updateMany({
      where: { roomId: room.id, userId: ada.id },
      data: { mutedUntil: new Date(Date.now() + 60_000) },
    });
    expect(
      await ask(ada.socket, "message:send", { roomId: room.id, clientId, body: "before the mute" }),
    ).toMatchObject({ ok: true, message: { id: first.id } });
  });
});
