// Closing a check-in: the member or a moderator says the conversation is done. The words stay
// (moderators keep the record); the member can ask for a new one whenever they need it.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { announceCheckIn, checkInFor } from "@/lib/server/services/check-ins/check-in-records";
import { recordAction, toModerators } from "@/lib/server/services/moderation/moderation-records";
import { parseInput } from "@/lib/shared/parse-input";
import { checkInRefSchema } from "@/lib/shared/schemas/check-in";

export async function closeCheckIn(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(checkInRefSchema, rawInput);
  const checkIn = await db().$transaction(async (tx) => {
    const checkIn = await checkInFor(tx, actor, input.checkInId, "write");
    const byMember = checkIn.memberId === actor.userId;
    const { count } = await tx.checkIn.updateMany({
      where: { id: checkIn.id, status: "open" },
      data: {
        status: "closed",
        closedAt: new Date(),
        closedById: actor.userId,
        awaitingModerator: false,
        memberUnread: !byMember,
      },
    });
    if (count > 0)
      await recordAction(tx, {
        kind: "close_check_in",
        actorId: actor.userId,
        roomId: checkIn.roomId,
        targetUserId: checkIn.memberId,
        reason: byMember ? "The member closed the check-in" : "A moderator closed the check-in",
        details: { checkInId: checkIn.id },
      });
    return checkIn;
  });
  await announceCheckIn(checkIn);
  await toModerators(checkIn.roomId, "attention:changed");
}
