// The room directory (GET /api/rooms), typing signals, and remembering what was read.
import { afterAll, describe, expect, it } from "vitest";
import type { DirectoryRoom, DirectoryTopic } from "@/lib/shared/directory-types";
import {
  ask,
  collect,
  connectMember,
  createRoom,
  join,
  nextEvent,
  send,
  settle,
  type ConnectedMember,
} from "@/tests/factories/chat";
import { appPerFile } from "@/tests/setup/app-per-file";

const hearth = appPerFile();
const people: ConnectedMember[] = [];
const member = async () => {
  const person = await connectMember(hearth.app.url);
  people.push(person);
  return person;
};
afterAll(() => people.forEach((person) => person.socket.close()));

async function directory(cookie?: string): Promise<DirectoryTopic[]> {
  const response = await fetch(`${hearth.app.url}/api/rooms`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  return ((await response.json()) as { topics: DirectoryTopic[] }).topics;
}
const findRoom = (topics: DirectoryTopic[], id: string): DirectoryRoom | undefined =>
  topics.flatMap((topic) => topic.rooms).find((room) => room.id === id);

describe("GET /api/rooms", () => {
  it("lists the seeded topics in order, each with its rooms", async () => {
    const topics = await directory();
    expect(topics.slice(0, 7).map((topic) => topic.slug)).toEqual([
      "grief-and-loss",
      "breakups",
      "bullying",
      "sudden-events-and-accidents",
      "childhood-neglect-and-abuse",
      "living-with-ptsd",
      "general",
    ]);
    expect(topics.every((topic) => topic.slug === "test-topic" || topic.rooms.length > 0)).toBe(true);
  });

  it("shows members out of capacity, who is online now, whether I am in it, and when it is full", async () => {
    const room = await createRoom(hearth.database.prisma, { capacity: 2 });
    const [ada, lee] = [await member(), await member()];
    expect(findRoom(await directory(ada.cookie), room.id)).toMatchObject({
      memberCount: 0,
      capacity: 2,
      onlineCount: 0,
      isFull: false,
      myPlace: null,
    });
    await join(ada.socket, room.id);
    await join(lee.socket, room.id, { listenOnly: true });
    expect(findRoom(await directory(ada.cookie), room.id)).toMatchObject({
      memberCount: 2,
      onlineCount: 2,
      isFull: true,
      myPlace: "member",
    });
    expect(findRoom(await directory(lee.cookie), room.id)).toMatchObject({ myPlace: "listener" });
    expect(findRoom(await directory(), room.id)).toMatchObject({ isFull: true, myPlace: null });
    lee.socket.close();
    await settle();
    expect(findRoom(await directory(ada.cookie), room.id)).toMatchObject({ memberCount: 2, onlineCount: 1 });
  });
});

describe("typing and reading", () => {
  it("tells others that someone is typing, at most every two seconds, but not the typist", async () => {
    const room = await createRoom(hearth.database.prisma);
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const seenByBen = collect(ben.socket, "typing");
    const seenByAda = collect(ada.socket, "typing");
    const signal = nextEvent<{ roomId: string; user: { id: string } }>(ben.socket, "typing");
    for (let index = 0; index < 5; index++) await ask(ada.socket, "typing", { roomId: room.id });
    expect(await signal).toEqual({ roomId: room.id, user: { id: ada.id, pseudonym: ada.pseudonym } });
    await settle();
    expect(seenByBen).toHaveLength(1);
    expect(seenByAda).toHaveLength(0);
  });

  it("remembers the newest message read, for the divider on the next visit", async () => {
    const room = await createRoom(hearth.database.prisma);
    const [ada, ben] = [await member(), await member()];
    await join(ada.socket, room.id);
    await join(ben.socket, room.id);
    const first = await send(ada.socket, room.id, "one");
    expect(await ask(ben.socket, "room:read", { roomId: room.id, messageId: first.id })).toEqual({
      ok: true,
    });
    await send(ada.socket, room.id, "two");
    await ask(ben.socket, "room:leave", { roomId: room.id });
    expect((await join(ben.socket, room.id)).membership.lastReadMessageId).toBe(first.id);
  });
});
