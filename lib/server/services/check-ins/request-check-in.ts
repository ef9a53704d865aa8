// A member asks the room's moderators to check in with them, from the care card or their
// check-ins page. It becomes a priority item for the room's moderators wherever they are.
import type { MemberActor } from "@/lib/server/auth/actor";
import { canRequestCheckIn } from "@/lib/server/policies/check-in-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { raiseCareItem } from "@/lib/server/services/care/raise-care-item";
import { announceCheckIn } from "@/lib/server/services/check-ins/check-in-records";
import { placeInCheckIn, writeIntoOpenCheckIn } from "@/lib/server/services/check-ins/place-in-check-in";
import { toModerators } from "@/lib/server/services/moderation/moderation-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { requestCheckInSchema } from "@/lib/shared/schemas/check-in";

export const askedWithoutWords = "I'd like a moderator to check in with me.";

export async function requestCheckIn(actor: MemberActor, rawInput: unknown): Promise<{ checkInId: string }> {
  const input = parseInput(requestCheckInSchema, rawInput);
  await consumeRateLimit("checkInRequestPerMember", actor.userId);
  const messageId = input.messageId ? BigInt(input.messageId) : undefined;
  const checkIn = await placeInCheckIn(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { roomId_userId: { roomId: input.roomId, userId: actor.userId } },
      select: { id: true },
    });
    const decision = canRequestCheckIn({ membership });
    if (!decision.allowed) throw new AppError(decision.code, decision.message);
    if (messageId !== undefined) {
      const message = await tx.message.findUnique({
        where: { id: messageId },
        select: { roomId: true, authorId: true },
      });
      if (!message || message.roomId !== input.roomId || message.authorId !== actor.userId)
        throw new AppError("invalid_input", "That message is not yours, in this room.");
    }
    const checkIn = await writeIntoOpenCheckIn(tx, {
      roomId: input.roomId,
      memberId: actor.userId,
      authorId: actor.userId,
      body: input.body ?? askedWithoutWords,
      messageId,
      openedBecause: "The member asked for a check-in",
    });
    return checkIn;
  });
  await announceCheckIn({ id: checkIn.id, roomId: input.roomId, memberId: actor.userId });
  await toModerators(input.roomId, "attention:changed");
  await raiseCareItem({
    kind: "check_in_request",
    roomId: input.roomId,
    memberId: actor.userId,
    checkInId: checkIn.id,
  });
  return { checkInId: checkIn.id };
}
