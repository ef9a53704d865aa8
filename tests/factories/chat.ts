// Rooms and connected members for chat tests: people sign up and sign in through HTTP and
// talk through real socket.io-client connections.
import { randomBytes, randomUUID } from "node:crypto";
import type { Socket } from "socket.io-client";
import type { PrismaClient } from "@/generated/prisma/client";
import type { WireMessage } from "@/lib/shared/chat-types";
import type { AckAnswer, JoinAnswer } from "@/lib/shared/realtime-events";
import { signIn, signUpMember, type TestMember } from "@/tests/factories/accounts";
import { connectSocket } from "@/tests/setup/socket-client";

export async function createRoom(prisma: PrismaClient, overrides: { capacity?: number; name?: string } = {}) {
  const suffix = randomBytes(4).toString("hex");
  const topic = await prisma.topic.upsert({
    where: { slug: "test-topic" },
    create: { slug: "test-topic", name: "Test topic" },
    update: {},
  });
  return prisma.room.create({
    data: {
      topicId: topic.id,
      slug: `room-${suffix}`,
      name: overrides.name ?? `Room ${suffix}`,
      guidelines: "Be kind.",
      capacity: overrides.capacity ?? 12,
    },
    select: { id: true, slug: true, name: true, capacity: true },
  });
}

export interface ConnectedMember extends TestMember {
  cookie: string;
  socket: Socket;
}

export async function connectMember(appUrl: string): Promise<ConnectedMember> {
  const member = await signUpMember(appUrl);
  const { cookie } = await signIn(appUrl, member.pseudonym, member.password);
  if (!cookie) throw new Error("sign-in failed");
  return { ...member, cookie, socket: await openSocket(appUrl, cookie) };
}

export async function openSocket(appUrl: string, cookie: string): Promise<Socket> {
  const outcome = await connectSocket(appUrl, { cookie });
  if (!outcome.connected) throw new Error(`socket refused: ${outcome.message}`);
  return outcome.socket;
}

/** Emits an event and resolves with the server's acknowledgement. */
export function ask<Data extends object = object>(
  socket: Socket,
  event: string,
  payload?: unknown,
): Promise<AckAnswer<Data>> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<AckAnswer<Data>>;
}

export async function join(
  socket: Socket,
  roomId: string,
  options: { listenOnly?: boolean } = {},
): Promise<JoinAnswer> {
  const answer = await ask<JoinAnswer>(socket, "room:join", { roomId, acceptGuidelines: true, ...options });
  if (!answer.ok) throw new Error(`join failed: ${answer.error.code} ${answer.error.message}`);
  return answer;
}

export async function send(
  socket: Socket,
  roomId: string,
  body: string,
  extra: { clientId?: string; contentWarning?: string } = {},
): Promise<WireMessage> {
  const answer = await ask<{ message: WireMessage }>(socket, "message:send", {
    roomId,
    clientId: extra.clientId ?? randomUUID(),
    body,
    contentWarning: extra.contentWarning,
  });
  if (!answer.ok) throw new Error(`send failed: ${answer.error.code} ${answer.error.message}`);
  return answer.message;
}

/** Collects every event of one kind a socket receives, to check later what came and what did not. */
export function collect<Payload>(socket: Socket, event: string): Payload[] {
  const received: Payload[] = [];
  socket.on(event, (payload: Payload) => received.push(payload));
  return received;
}

export function nextEvent<Payload>(
  socket: Socket,
  event: string,
  matches: (payload: Payload) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<Payload> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Payload) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Lets in-flight broadcasts arrive before checking that something did not. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
