import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canChangeMessage, canRead } from "@/lib/server/policies/room-policies";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import {
  messageSelect,
  reactionsFor,
  toWireMessage,
  type MessageRecord,
} from "@/lib/server/services/messages/wire-message";
import { publisher } from "@/lib/server/services/publisher";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";

/**
 * The shared path of editing and deleting: the author, still in the room, changes a message
 * that still stands; everyone reading the room sees the change at once.
 */
export async function changeOwnMessage(
  actor: MemberActor,
  messageId: string,
  data: { body?: string; deletedAt?: Date },
): Promise<WireMessage> {
  const id = BigInt(messageId);
  const existing = await db().message.findUnique({ where: { id }, select: messageSelect });
  if (!existing) throw new AppError("not_found", "We couldn't find that message.");
  const room = await findRoom(db(), existing.roomId);
  const reading = canRead(await findMembership(db(), room.id, actor.userId), room);
  if (!reading.allowed) throw new AppError(reading.code, reading.message);
  const decision = canChangeMessage(actor.userId, existing);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);

  const { count } = await db().message.updateMany({
    where: { id, authorId: actor.userId, deletedAt: null, hiddenAt: null },
    data: data.deletedAt
      ? { deletedAt: data.deletedAt, body: "", contentWarning: null }
      : { body: data.body, editedAt: new Date() },
  });
  if (count === 0) throw new AppError("conflict", "That message changed just now. Please look again.");
  const updated = (await db().message.findUnique({ where: { id }, select: messageSelect })) as MessageRecord;
  const reactions = (await reactionsFor([id], actor.userId)).get(messageId);
  const broadcast = toWireMessage(updated, "", { counts: reactions?.counts ?? {}, mine: [] });
  publisher().toRoom(updated.roomId, await blockedRelations(actor.userId), "message:updated", broadcast);
  return toWireMessage(updated, actor.userId, reactions);
}
