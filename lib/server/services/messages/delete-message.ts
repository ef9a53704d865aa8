// Deleting one's own message: its words are erased and a quiet placeholder stays in the
// conversation. Taking one's words back is allowed while muted or in a locked room (only
// reading the room is required): nobody should be kept from withdrawing something they regret.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canChangeMessage, canRead } from "@/lib/server/policies/room-policies";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import { messageSelect, reactionsFor, toWireMessage } from "@/lib/server/services/messages/wire-message";
import { publisher } from "@/lib/server/services/publisher";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { deleteMessageSchema } from "@/lib/shared/schemas/chat";

export async function deleteMessage(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ message: WireMessage }> {
  const input = parseInput(deleteMessageSchema, rawInput);
  const id = BigInt(input.messageId);
  const existing = await db().message.findUnique({ where: { id }, select: messageSelect });
  if (!existing) throw new AppError("not_found", "We couldn't find that message.");
  const room = await findRoom(db(), existing.roomId);
  const reading = canRead(await findMembership(db(), room.id, actor.userId), room);
  if (!reading.allowed) throw new AppError(reading.code, reading.message);
  const decision = canChangeMessage(actor.userId, existing);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);

  const { count } = await db().message.updateMany({
    where: { id, authorId: actor.userId, deletedAt: null, hiddenAt: null },
    data: { deletedAt: new Date(), body: "", contentWarning: null },
  });
  if (count === 0) throw new AppError("conflict", "That message changed just now. Please look again.");
  const updated = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  const reactions = (await reactionsFor([id], actor.userId)).get(input.messageId);
  const broadcast = toWireMessage(updated, "", { counts: reactions?.counts ?? {}, mine: [] });
  publisher().toRoom(updated.roomId, await blockedRelations(actor.userId), "message:updated", broadcast);
  return { message: toWireMessage(updated, actor.userId, reactions) };
}
