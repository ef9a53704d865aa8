import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canRead } from "@/lib/server/policies/room-policies";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { markReadSchema } from "@/lib/shared/schemas/chat";

/** Remembers the newest message this person has seen in a room (never moves backwards); readers only. */
export async function markRead(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(markReadSchema, rawInput);
  const room = await findRoom(db(), input.roomId);
  const reading = canRead(await findMembership(db(), room.id, actor.userId), room);
  if (!reading.allowed) throw new AppError(reading.code, reading.message);
  const messageId = BigInt(input.messageId);
  await db().membership.updateMany({
    where: {
      roomId: input.roomId,
      userId: actor.userId,
      OR: [{ lastReadMessageId: null }, { lastReadMessageId: { lt: messageId } }],
    },
    data: { lastReadMessageId: messageId },
  });
}
