import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/shared/parse-input";
import { markReadSchema } from "@/lib/shared/schemas/chat";

/** Remembers the newest message this person has seen in a room (never moves backwards). */
export async function markRead(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(markReadSchema, rawInput);
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
