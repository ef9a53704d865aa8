import { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canPost } from "@/lib/server/policies/room-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import { messageSelect, toWireMessage, type MessageRecord } from "@/lib/server/services/messages/wire-message";
import { publisher } from "@/lib/server/services/publisher";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { sendMessageSchema } from "@/lib/shared/schemas/chat";

export interface SendResult {
  message: WireMessage;
  /** True when this clientId was already stored: the stored message, not broadcast again. */
  duplicate: boolean;
}

/**
 * Stores a message and only then answers. Inserts into one room wait on the room's row lock,
 * so message ids increase in commit order and a reader asking for everything `after` an id
 * can never miss one committed later with a smaller id.
 */
export async function sendMessage(actor: MemberActor, rawInput: unknown): Promise<SendResult> {
  const input = parseInput(sendMessageSchema, rawInput);
  const stored = await findByClientId(actor.userId, input.clientId);
  if (stored) return { message: toWireMessage(stored, actor.userId), duplicate: true };
  await consumeRateLimit("messagePerMember", actor.userId);

  let message: MessageRecord;
  try {
    message = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Room" WHERE id = ${input.roomId}::uuid FOR UPDATE`;
      const room = await findRoom(tx, input.roomId);
      const now = new Date();
      const decision = canPost(await findMembership(tx, room.id, actor.userId), room, now);
      if (!decision.allowed) throw new AppError(decision.code, decision.message, { retryAfterSeconds: decision.retryAfterSeconds });
      const created = await tx.message.create({
        data: { roomId: room.id, authorId: actor.userId, clientId: input.clientId, body: input.body, contentWarning: input.contentWarning },
        select: messageSelect,
      });
      await tx.membership.update({
        where: { roomId_userId: { roomId: room.id, userId: actor.userId } },
        data: { lastPostedAt: now, lastReadMessageId: created.id },
      });
      return created;
    });
  } catch (error) {
    // The same clientId sent twice at once: the unique index let one through; answer with it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByClientId(actor.userId, input.clientId);
      if (winner) return { message: toWireMessage(winner, actor.userId), duplicate: true };
    }
    throw error;
  }

  const wire = toWireMessage(message, actor.userId);
  publisher().toRoom(message.roomId, await blockedRelations(actor.userId), "message:new", wire);
  return { message: wire, duplicate: false };
}

function findByClientId(authorId: string, clientId: string): Promise<MessageRecord | null> {
  return db().message.findUnique({ where: { authorId_clientId: { authorId, clientId } }, select: messageSelect });
}
