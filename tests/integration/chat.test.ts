// Chat through real sockets against a real database: exchanging, resending, who may read and
// write, capacity, changing messages, reactions, blocks, history paging and catching up.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { WireMessage, WirePresence } from "@/lib/shared/chat-types";
import {
  ask,
  collect,
  connectMember,
  createRoom,
  join,
  nextEvent,
  openSocket,
  send,
  settle,
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

describe("talking in a room", () => {
  it("delivers a message live to the other member, and acknowledges only what is committed", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const arriving = nextEvent<WireMessage>(ben.socket, "message:new");

    const sent = await send(ada.socket, room.id, "  Hello, it is my first time here.  ");
    const stored = await prisma().message.findUnique({ where: { id: BigInt(sent.id) } });
    expect(stored?.body).toBe("Hello, it is my first time here.");
    expect(sent).toMatchObject({
      roomId: room.id,
      author: { id: ada.id, pseudonym: ada.pseudonym },
      body: "Hello, it is my first time here.",
      contentWarning: null,
      deleted: false,
    });

    const received = await arriving;
    expect(received).toEqual({ ...sent, reactions: { counts: {}, mine: [] } });

    const reply = nextEvent<WireMessage>(
      ada.socket,
      "message:new",
      (message) => message.author.id === ben.id,
    );
    await send(ben.socket, room.id, "Welcome. Take your time.");
    expect((await reply).body).toBe("Welcome. Take your time.");
  });

  it("answers each sender before the room's deliveries go out, when sends are stored together", async () => {
    const room = await createRoom(prisma());
    const people = [await member(), await member(), await member()];
    for (const person of people) await join(person.socket, room.id);
    // Each sender's own socket is in the room too: what it hears first, its answer or its message
    // delivered to the room, shows the order the server wrote them in.
    const heard = await Promise.all(
      people.map(
        (person) =>
          new Promise<string[]>((resolve) => {
            const clientId = randomUUID();
            const order: string[] = [];
            const done = () => order.length === 2 && resolve(order);
            person.socket.on("message:new", (message: WireMessage) => {
              if (message.clientId === clientId) order.push("delivered");
              done();
            });
            person.socket.emit("message:send", { roomId: room.id, clientId, body: "Here with you." }, () => {
              order.push("answered");
              done();
            });
          }),
      ),
    );
    expect(heard).toEqual(people.map(() => ["answered", "delivered"]));
  });

  it("answers a resend with the same clientId with the stored message, and broadcasts it once", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const seenByBen = collect<WireMessage>(ben.socket, "message:new");
    const clientId = randomUUID();

    const first = await send(ada.socket, room.id, "Said once", { clientId });
    const again = await send(ada.socket, room.id, "Said once", { clientId });
    const [third, fourth] = await Promise.all([
      send(ada.socket, room.id, "Said once", { clientId }),
      send(ada.socket, room.id, "Said once", { clientId }),
    ]);
    await settle();
    expect([again.id, third.id, fourth.id]).toEqual([first.id, first.id, first.id]);
    expect(seenByBen.filter((message) => message.clientId === clientId)).toHaveLength(1);
    expect(await prisma().message.count({ where: { roomId: room.id } })).toBe(1);
  });

  it("keeps a room's messages from people who are not in it", async () => {
    const room = await createRoom(prisma());
    const [ada, outsider] = [await member(), await member()];
    await join(ada.socket, room.id);
    const seenByOutsider = collect<WireMessage>(outsider.socket, "message:new");
    await send(ada.socket, room.id, "Only for this room");

    const history = await ask(outsider.socket, "history", { roomId: room.id });
    expect(history).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const post = await ask(outsider.socket, "message:send", {
      roomId: room.id,
      clientId: randomUUID(),
      body: "let me in",
    });
    expect(post).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await settle();
    expect(seenByOutsider).toEqual([]);
    expect(await prisma().message.count({ where: { roomId: room.id } })).toBe(1);
  });

  it("asks for the guidelines to be accepted before the first join", async () => {
    const room = await createRoom(prisma());
    const ada = await member();
    expect(await ask(ada.socket, "room:join", { roomId: room.id })).toMatchObject({
      ok: false,
      error: { code: "guidelines_required" },
    });
    expect((await ask(ada.socket, "room:join", { roomId: room.id, acceptGuidelines: true })).ok).toBe(true);
    await ask(ada.socket, "room:leave", { roomId: room.id });
    expect((await ask(ada.socket, "room:join", { roomId: room.id })).ok).toBe(true);
  });

  it("lets a newcomer listen without accepting the guidelines, and asks for them before writing", async () => {
    const room = await createRoom(prisma());
    const lee = await member();
    const listening = await ask(lee.socket, "room:join", { roomId: room.id, listenOnly: true });
    expect(listening).toMatchObject({
      ok: true,
      membership: { listenOnly: true, guidelinesAccepted: false },
    });
    expect(await ask(lee.socket, "room:join", { roomId: room.id, listenOnly: false })).toMatchObject({
      ok: false,
      error: { code: "guidelines_required" },
    });
    const post = await ask(lee.socket, "message:send", {
      roomId: room.id,
      clientId: randomUUID(),
      body: "hi",
    });
    expect(post).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const asMember = await ask(lee.socket, "room:join", {
      roomId: room.id,
      listenOnly: false,
      acceptGuidelines: true,
    });
    expect(asMember).toMatchObject({ ok: true, membership: { listenOnly: false, guidelinesAccepted: true } });
    const sent = await ask(lee.socket, "message:send", {
      roomId: room.id,
      clientId: randomUUID(),
      body: "hi",
    });
    expect(sent.ok).toBe(true);
  });

  it("lets a listener read but not write, counts them without naming them, and lets them become a member", async () => {
    const room = await createRoom(prisma());
    const [ada, lee] = [await member(), await member()];
    await join(ada.socket, room.id);
    const presence = nextEvent<WirePresence>(ada.socket, "presence", (p) => p.listeners === 1);
    const joined = await join(lee.socket, room.id, { listenOnly: true });
    expect(joined.membership.listenOnly).toBe(true);
    const seen = await presence;
    expect(seen.members.map((m) => m.id)).toEqual([ada.id]);
    expect(JSON.stringify(seen)).not.toContain(lee.pseudonym);

    const arriving = nextEvent<WireMessage>(lee.socket, "message:new");
    await send(ada.socket, room.id, "Listeners are welcome");
    expect((await arriving).body).toBe("Listeners are welcome");
    const refused = await ask(lee.socket, "message:send", {
      roomId: room.id,
      clientId: randomUUID(),
      body: "can I?",
    });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });

    await join(lee.socket, room.id, { listenOnly: false });
    expect((await send(lee.socket, room.id, "Now I can speak")).body).toBe("Now I can speak");
  });

  it("refuses a join past capacity with room_full, and lets someone in when a place frees up", async () => {
    const room = await createRoom(prisma(), { capacity: 2 });
    const [ada, ben, cai] = [await member(), await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id, { listenOnly: true });
    expect(await ask(cai.socket, "room:join", { roomId: room.id, acceptGuidelines: true })).toMatchObject({
      ok: false,
      error: { code: "room_full" },
    });
    expect(await ask(ada.socket, "room:join", { roomId: room.id })).toMatchObject({ ok: true });
    await ask(ada.socket, "room:leave", { roomId: room.id });
    expect((await join(cai.socket, room.id)).room.memberCount).toBe(2);
  });

  it("never lets more people in than the capacity, even when they all join at once", async () => {
    const room = await createRoom(prisma(), { capacity: 3 });
    const people = await Promise.all(Array.from({ length: 6 }, () => member()));
    const answers = await Promise.all(
      people.map((person) => ask(person.socket, "room:join", { roomId: room.id, acceptGuidelines: true })),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(3);
    expect(await prisma().membership.count({ where: { roomId: room.id, leftAt: null } })).toBe(3);
  });
});

describe("changing messages", () => {
  it("lets only the author edit and delete, and everyone sees it live", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const message = await send(ada.socket, room.id, "First words");

    expect(await ask(ben.socket, "message:edit", { messageId: message.id, body: "hijacked" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await ask(ben.socket, "message:delete", { messageId: message.id })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect((await prisma().message.findUnique({ where: { id: BigInt(message.id) } }))?.body).toBe(
      "First words",
    );

    const edited = nextEvent<WireMessage>(ben.socket, "message:updated");
    expect(
      await ask(ada.socket, "message:edit", { messageId: message.id, body: "Better words" }),
    ).toMatchObject({ ok: true, message: { body: "Better words" } });
    expect(await edited).toMatchObject({
      id: message.id,
      body: "Better words",
      editedAt: expect.any(String),
    });

    const deleted = nextEvent<WireMessage>(ben.socket, "message:updated", (m) => m.deleted);
    expect(await ask(ada.socket, "message:delete", { messageId: message.id })).toMatchObject({
      ok: true,
      message: { deleted: true, body: "" },
    });
    expect(await deleted).toMatchObject({ id: message.id, deleted: true, body: "", contentWarning: null });
    expect((await prisma().message.findUnique({ where: { id: BigInt(message.id) } }))?.body).toBe("");
    expect(
      await ask(ada.socket, "message:edit", { messageId: message.id, body: "back again" }),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("keeps a content warning with the message for every reader", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const arriving = nextEvent<WireMessage>(ben.socket, "message:new");
    await send(ada.socket, room.id, "What happened that night", { contentWarning: "  accident details " });
    expect(await arriving).toMatchObject({
      contentWarning: "accident details",
      body: "What happened that night",
    });
  });

  it("toggles supportive reactions and shows the counts live", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const message = await send(ada.socket, room.id, "It was a hard week");

    const update = nextEvent<{ messageId: string; counts: Record<string, number> }>(
      ada.socket,
      "reaction:updated",
    );
    expect(await ask(ben.socket, "message:react", { messageId: message.id, kind: "hug" })).toMatchObject({
      ok: true,
      reactions: { counts: { hug: 1 }, mine: ["hug"] },
    });
    expect(await update).toEqual({ roomId: room.id, messageId: message.id, counts: { hug: 1 } });
    expect(await ask(ben.socket, "message:react", { messageId: message.id, kind: "hug" })).toMatchObject({
      ok: true,
      reactions: { counts: {}, mine: [] },
    });
    expect(
      await ask(ben.socket, "message:react", { messageId: message.id, kind: "thumbs_down" }),
    ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});

describe("blocking", () => {
  it("hides each person's messages and typing from the other, both ways, live and in history", async () => {
    const room = await createRoom(prisma());
    const [ada, ben, cai] = [await member(), await member(), await member()];
    for (const person of [ada, ben, cai]) await join(person.socket, room.id);
    const before = await send(ben.socket, room.id, "Before the block");

    expect(await ask(ada.socket, "member:block", { userId: ben.id })).toEqual({ ok: true });
    const seenByAda = collect<WireMessage>(ada.socket, "message:new");
    const seenByBen = collect<WireMessage>(ben.socket, "message:new");
    const typingSeenByAda = collect(ada.socket, "typing");
    const caiSees = nextEvent<WireMessage>(cai.socket, "message:new", (m) => m.author.id === ben.id);

    await send(ben.socket, room.id, "Ben after the block");
    await send(ada.socket, room.id, "Ada after the block");
    await ask(ben.socket, "typing", { roomId: room.id });
    expect((await caiSees).body).toBe("Ben after the block");
    await settle();
    expect(seenByAda.map((m) => m.author.id)).not.toContain(ben.id);
    expect(seenByBen.map((m) => m.author.id)).not.toContain(ada.id);
    expect(typingSeenByAda).toEqual([]);

    const adaHistory = await ask<{ messages: WireMessage[] }>(ada.socket, "history", { roomId: room.id });
    const benHistory = await ask<{ messages: WireMessage[] }>(ben.socket, "history", { roomId: room.id });
    if (!adaHistory.ok || !benHistory.ok) throw new Error("history refused");
    expect(adaHistory.messages.map((m) => m.author.id)).not.toContain(ben.id);
    expect(adaHistory.messages.map((m) => m.id)).not.toContain(before.id);
    expect(benHistory.messages.map((m) => m.author.id)).not.toContain(ada.id);

    const list = await fetch(`${hearth.app.url}/api/blocks`, { headers: { cookie: ada.cookie } }).then((r) =>
      r.json(),
    );
    expect(list).toEqual({
      blocked: [{ id: ben.id, pseudonym: ben.pseudonym, blockedAt: expect.any(String) }],
    });
    const unblocked = await fetch(`${hearth.app.url}/api/blocks/${ben.id}`, {
      method: "DELETE",
      headers: { cookie: ada.cookie, origin: hearth.app.url },
    });
    expect(unblocked.status).toBe(200);
    const again = nextEvent<WireMessage>(ada.socket, "message:new", (m) => m.author.id === ben.id);
    await send(ben.socket, room.id, "Visible again");
    expect((await again).body).toBe("Visible again");
  });

  it("refuses blocking oneself or nobody", async () => {
    const ada = await member();
    expect(await ask(ada.socket, "member:block", { userId: ada.id })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(await ask(ada.socket, "member:block", { userId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});

describe("history", () => {
  it("pages back through 500 messages returning each exactly once, in order", async () => {
    const room = await createRoom(prisma());
    const ada = await member();
    await join(ada.socket, room.id);
    await prisma().message.createMany({
      data: Array.from({ length: 500 }, (_, index) => ({
        roomId: room.id,
        authorId: ada.id,
        clientId: randomUUID(),
        body: `message ${index}`,
      })),
    });
    const pages: WireMessage[][] = [];
    let before: string | undefined;
    for (;;) {
      const answer = await ask<{ messages: WireMessage[] }>(ada.socket, "history", {
        roomId: room.id,
        before,
        limit: 37,
      });
      if (!answer.ok) throw new Error(answer.error.message);
      if (answer.messages.length === 0) break;
      pages.unshift(answer.messages);
      before = answer.messages[0]?.id;
    }
    const all = pages.flat();
    expect(all.map((m) => m.body)).toEqual(Array.from({ length: 500 }, (_, index) => `message ${index}`));
    expect(new Set(all.map((m) => m.id)).size).toBe(500);
    const ids = all.map((m) => BigInt(m.id));
    expect(ids.every((id, index) => index === 0 || id > (ids[index - 1] as bigint))).toBe(true);
  });

  it("lets a reader who was away catch up with `after`: everything they missed, once, in order", async () => {
    const room = await createRoom(prisma());
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const lastSeen = await send(ada.socket, room.id, "before the drop");
    await nextEvent(ben.socket, "message:new", (m: WireMessage) => m.id === lastSeen.id).catch(
      () => undefined,
    );
    ben.socket.close();

    const sentWhileAway: WireMessage[] = [];
    for (let index = 0; index < 30; index++)
      sentWhileAway.push(await send(ada.socket, room.id, `while away ${index}`));

    ben.socket = await openSocket(hearth.app.url, ben.cookie);
    await join(ben.socket, room.id);
    const answer = await ask<{ messages: WireMessage[] }>(ben.socket, "history", {
      roomId: room.id,
      after: lastSeen.id,
      limit: 100,
    });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.messages.map((m) => m.id)).toEqual(sentWhileAway.map((m) => m.id));
  });

  it("returns the latest 50 on join, oldest first, with the last message seen before", async () => {
    const room = await createRoom(prisma());
    const ada = await member();
    await join(ada.socket, room.id);
    const sent: WireMessage[] = [];
    for (let index = 0; index < 55; index++) sent.push(await send(ada.socket, room.id, `m${index}`));
    await ask(ada.socket, "room:leave", { roomId: room.id });
    const again = await join(ada.socket, room.id);
    expect(again.messages.map((m) => m.body)).toEqual(sent.slice(5).map((m) => m.body));
    expect(again.membership.lastReadMessageId).toBe(sent.at(-1)?.id);
  });
});
