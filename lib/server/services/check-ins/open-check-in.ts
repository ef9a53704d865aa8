// A moderator checks in privately with a member, usually from a crisis item in the queue. The
// first words are the moderator's; the crisis reports on that message are answered by it.
import type { MemberActor } from "@/lib/server/auth/actor";
import { canOpenCheckIn } from "@/lib/server/policies/check-in-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { noteModeratorWrote } from "@/lib/server/services/care/care-looks";
import { announceCheckIn } from "@/lib/server/services/check-ins/check-in-records";
import { placeInCheckIn, writeIntoOpenCheckIn } from "@/lib/server/services/check-ins/place-in-check-in";
import { toModerators } from "@/lib/server/services/moderation/moderation-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { openCheckInSchema } from "@/lib/shared/schemas/check-in";

export async function openCheckIn(actor: MemberActor, rawInput: unknown): Promise<{ checkInId: string }> {
  const input = parseInput(openCheckInSchema, rawInput);
  await consumeRateLimit("checkInMessagePerMember", actor.userId);
  const messageId = input.messageId ? BigInt(input.messageId) : undefined;
  const checkIn = await placeInCheckIn(async (tx) => {
    const [room, actorMembership, targetMembership] = await Promise.all([
      tx.room.findUnique({ where: { id: input.roomId }, select: { id: true } }),
      tx.membership.findUnique({
        where: { roomId_userId: { roomId: input.roomId, userId: actor.userId } },
        select: { role: true, removedAt: true },
      }),
      tx.membership.findUnique({
        where: { roomId_userId: { roomId: input.roomId, userId: input.memberId } },
        select: { id: true },
      }),
    ]);
    if (!room) throw new AppError("not_found", "We couldn't find that room.");
    const decision = canOpenCheckIn(
      {
        userId: actor.userId,
        siteRole: actor.siteRole,
        staffPowers: actor.staffPowers,
        membership: actorMembership,
      },
      { userId: input.memberId, hasBeenInRoom: Boolean(targetMembership) },
    );
    if (!decision.allowed) throw new AppError(decision.code, decision.message);
    if (messageId !== undefined) {
      const message = await tx.message.findUnique({
        where: { id: messageId },
        select: { roomId: true, authorId: true },
      });
      if (!message || message.roomId !== input.roomId || message.authorId !== input.memberId)
        throw new AppError("invalid_input", "That message is not this person's, in this room.");
    }

    const checkIn = await writeIntoOpenCheckIn(tx, {
      roomId: input.roomId,
      memberId: input.memberId,
      authorId: actor.userId,
      body: input.body,
      messageId,
      openedBecause: "Checked in privately",
    });
    if (messageId !== undefined) {
      await tx.report.updateMany({
        where: { messageId, status: "open", reason: "self_harm_risk" },
        data: {
          status: "actioned",
          resolvedAt: new Date(),
          resolvedById: actor.userId,
          resolutionNote: "A moderator checked in privately.",
        },
      });
    }
    return checkIn;
  });
  await announceCheckIn({ id: checkIn.id, roomId: input.roomId, memberId: input.memberId });
  await toModerators(input.roomId, "attention:changed");
  await noteModeratorWrote({ roomId: input.roomId, memberId: input.memberId }, actor.userId);
  return { checkInId: checkIn.id };
}
