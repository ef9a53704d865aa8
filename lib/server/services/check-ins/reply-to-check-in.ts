// Writing in a check-in: the member's words make it wait for a moderator; a moderator's words
// wait, unread, for the member.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { noteModeratorWrote } from "@/lib/server/services/care/care-looks";
import { announceCheckIn, checkInFor } from "@/lib/server/services/check-ins/check-in-records";
import { toModerators } from "@/lib/server/services/moderation/moderation-records";
import { parseInput } from "@/lib/shared/parse-input";
import { replyToCheckInSchema } from "@/lib/shared/schemas/check-in";

export async function replyToCheckIn(actor: MemberActor, rawInput: unknown): Promise<{ messageId: string }> {
  const input = parseInput(replyToCheckInSchema, rawInput);
  await consumeRateLimit("checkInMessagePerMember", actor.userId);
  const { checkIn, message } = await db().$transaction(async (tx) => {
    const checkIn = await checkInFor(tx, actor, input.checkInId, "write");
    const byMember = checkIn.memberId === actor.userId;
    const message = await tx.checkInMessage.create({
      data: { checkInId: checkIn.id, authorId: actor.userId, body: input.body },
      select: { id: true },
    });
    await tx.checkIn.update({
      where: { id: checkIn.id },
      data: { awaitingModerator: byMember, memberUnread: !byMember, lastActivityAt: new Date() },
    });
    return { checkIn, message };
  });
  await announceCheckIn(checkIn);
  await toModerators(checkIn.roomId, "attention:changed");
  if (checkIn.memberId !== actor.userId) await noteModeratorWrote(checkIn, actor.userId);
  return { messageId: message.id.toString() };
}
