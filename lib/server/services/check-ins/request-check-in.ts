// A member asks the room's moderators to check in with them, from the care card or their
// check-ins page. It becomes a priority item for the room's moderators wherever they are.
import type { MemberActor } from "@/lib/server/auth/actor";
import { canRequestCheckIn } from "@/lib/server/policies/check-in-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { announceCheckIn } from "@/lib/server/services/check-ins/check-in-records";
import { placeInCheckIn } from "@/lib/server/services/check-ins/place-in-check-in";
import { recordAction, toModerators } from "@/lib/server/services/moderation/moderation-records";
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
    const existing = await tx.checkIn.findFirst({
      where: { roomId: input.roomId, memberId: actor.userId, status: "open" },
      select: { id: true },
    });
    const checkIn =
      existing ??
      (await tx.checkIn.create({
        data: {
          roomId: input.roomId,
          memberId: actor.userId,
          openedById: actor.userId,
          requestedByMember: true,
          messageId,
        },
        select: { id: true },
      }));
    await tx.checkInMessage.create({
      data: { checkInId: checkIn.id, authorId: actor.userId, body: input.body ?? askedWithoutWords },
    });
    await tx.checkIn.update({
      where: { id: checkIn.id },
      data: { awaitingModerator: true, memberUnread: false, lastActivityAt: new Date() },
    });
    if (!existing)
      await recordAction(tx, {
        kind: "open_check_in",
        actorId: actor.userId,
        roomId: input.roomId,
        targetUserId: actor.userId,
        messageId,
        reason: "The member asked for a check-in",
        details: { checkInId: checkIn.id },
      });
    return checkIn;
  });
  await announceCheckIn({ id: checkIn.id, roomId: input.roomId, memberId: actor.userId });
  await toModerators(input.roomId, "attention:changed");
  return { checkInId: checkIn.id };
}
