// A rejoin says how far the reader holds everything (`after`) and when it last synced
// (`changedSince`); the answer brings what was missed, how many, whether to page on, and what
// changed meanwhile among the messages the reader holds.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { JoinAnswer } from "@/lib/shared/realtime-events";
import {
  ask,
  connectMember,
  createRoom,
  join,
  openSocket,
  send,
  type ConnectedMember,
} from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile();
const prisma = () => hearth.database.prisma;
const everyone: ConnectedMember[] = [];

async function member(): Promise<ConnectedMember> {
  const connected = await connectMember(hearth.app.url);
  everyone.push(connected);
  return connected;
}

afterAll(() => {
  for (const person of everyone) person.socket.close();
});

describe("rejoining with what is held", () => {
  it("returns the 130 missed messages in pages, how many there were, and what changed meanwhile", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ben.socket, room.id);
    const before: WireMessage[] = [];
    for (let index = 0; index < 6; index++) before.push(await send(ben.socket, room.id, `before ${index}`));
    const first = await join(ada.socket, room.id);
    const heldThrough = first.messages.at(-1)?.id as string;
    expect(heldThrough).toBe(before.at(-1)?.id);
    ada.socket.close();

    // While Ada is away: 130 messages, an edit, a deletion, and one held back for review.
    await prisma().message.createMany({
      data: Array.from({ length: 130 }, (_, index) => ({
        roomId: room.id,
        authorId: ben.id,
        clientId: randomUUID(),
        body: `missed ${index}`,
      })),
    });
    await ask(ben.socket, "message:edit", { messageId: before[1]?.id, body: "edited while Ada was away" });
    await ask(ben.socket, "message:delete", { messageId: before[2]?.id });
    await prisma().message.update({
      where: { id: BigInt(before[3]?.id as string) },
      data: { heldForReview: true },
    });

    const socket = await openSocket(hearth.app.url, ada.cookie);
    const rejoined = await ask<JoinAnswer>(socket, "room:join", {
      roomId: room.id,
      after: heldThrough,
      changedSince: first.syncedAt,
    });
    socket.close();
    if (!rejoined.ok) throw new Error(rejoined.error.message);
    expect(rejoined.catchUp).toEqual({ missed: 130, more: true });
    expect(rejoined.messages.map((m) => m.body)).toEqual(
      Array.from({ length: 100 }, (_, i) => `missed ${i}`),
    );
    expect(rejoined.changed?.find((m) => m.id === before[1]?.id)?.body).toBe("edited while Ada was away");
    expect(rejoined.changed?.find((m) => m.id === before[2]?.id)).toMatchObject({ deleted: true, body: "" });
    expect(rejoined.removedIds).toEqual([before[3]?.id]);
    expect(Date.parse(rejoined.syncedAt)).toBeGreaterThan(Date.parse(first.syncedAt));

    const rest = await ask<{ messages: { body: string }[] }>(ben.socket, "history", {
      roomId: room.id,
      after: rejoined.messages.at(-1)?.id,
      limit: 100,
    });
    if (!rest.ok) throw new Error(rest.error.message);
    expect(rest.messages.map((m) => m.body)).toEqual(
      Array.from({ length: 30 }, (_, i) => `missed ${100 + i}`),
    );
  });

  it("lists as removed a message above `after`, shown live, that was held back while the reader was away", async () => {
    // Ada held everything through `heldThrough`, then saw two newer messages arrive live; one of
    // them was held back for review (reported by several people) while she was away. The page
    // lists only what she may see, so it cannot tell her to drop it: removedIds must.
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ben.socket, room.id);
    await send(ben.socket, room.id, "before");
    const first = await join(ada.socket, room.id);
    const heldThrough = first.messages.at(-1)?.id as string;
    const kept = await send(ben.socket, room.id, "shown live, kept");
    const taken = await send(ben.socket, room.id, "shown live, then held back");
    const waiting = await prisma().message.create({
      data: {
        roomId: room.id,
        authorId: ben.id,
        clientId: randomUUID(),
        body: "held from the start",
        heldForReview: true,
      },
    });
    ada.socket.close();

    await prisma().message.update({ where: { id: BigInt(taken.id) }, data: { heldForReview: true } });

    const socket = await openSocket(hearth.app.url, ada.cookie);
    const rejoined = await ask<JoinAnswer>(socket, "room:join", {
      roomId: room.id,
      after: heldThrough,
      changedSince: first.syncedAt,
    });
    socket.close();
    if (!rejoined.ok) throw new Error(rejoined.error.message);
    expect(rejoined.messages.map((m) => m.id)).toEqual([kept.id]);
    expect(rejoined.catchUp).toEqual({ missed: 1, more: false });
    expect(rejoined.changed).toEqual([]);
    // Never shown and never changed: not listed (a message held as it was sent has no changedAt).
    expect(rejoined.removedIds).toEqual([taken.id]);
    expect(rejoined.removedIds).not.toContain(String(waiting.id));

    // Its author still sees it: their own held message is theirs to see.
    const own = await ask<JoinAnswer>(ben.socket, "room:join", {
      roomId: room.id,
      after: heldThrough,
      changedSince: first.syncedAt,
    });
    if (!own.ok) throw new Error(own.error.message);
    expect(own.removedIds).toEqual([]);
    expect(own.messages.map((m) => m.id)).toContain(taken.id);
  });

  it("says nothing was missed when nothing was, and refuses a bad cursor or time with invalid_input", async () => {
    const room = await createRoom(prisma());
    const ada = await member();
    const first = await join(ada.socket, room.id);
    const again = await ask<JoinAnswer>(ada.socket, "room:join", {
      roomId: room.id,
      after: "0",
      changedSince: first.syncedAt,
    });
    expect(again).toMatchObject({
      ok: true,
      messages: [],
      catchUp: { missed: 0, more: false },
      changed: [],
      removedIds: [],
    });
    for (const bad of [{ after: "abc" }, { after: "0", changedSince: "yesterday" }]) {
      const refused = await ask(ada.socket, "room:join", { roomId: room.id, ...bad });
      expect(refused).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
  });
});
