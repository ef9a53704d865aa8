// Handing a queue item to another moderator of the room (or an admin): it waits first for them,
// and they are told wherever they are in Hearth. Logged like every moderation step.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canModerateRoom } from "@/lib/server/policies/moderation-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import {
  recordAction,
  requireRoomModerator,
  toModerators,
} from "@/lib/server/services/moderation/moderation-records";
import { publisher } from "@/lib/server/services/publisher";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { handOverSchema } from "@/lib/shared/schemas/moderation";

export async function handOverItem(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(handOverSchema, rawInput);
  await consumeRateLimit("appealDecisionPerMember", actor.userId);
  const messageId = BigInt(input.messageId);
  const message = await db().message.findUnique({ where: { id: messageId }, select: { roomId: true } });
  if (!message) throw new AppError("not_found", "We couldn't find that message.");
  if (input.toUserId === actor.userId) throw new AppError("invalid_input", "Choose another moderator.");
  await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, message.roomId);
    const [colleague, membership] = await Promise.all([
      tx.user.findUnique({ where: { id: input.toUserId }, select: { siteRole: true, deletedAt: true } }),
      tx.membership.findUnique({
        where: { roomId_userId: { roomId: message.roomId, userId: input.toUserId } },
        select: { role: true, removedAt: true },
      }),
    ]);
    if (
      !colleague ||
      colleague.deletedAt ||
      // Their role: the colleague's own session is asked when they act on it.
      !canModerateRoom({ siteRole: colleague.siteRole, staffPowers: "ready", membership }).allowed
    )
      throw new AppError("invalid_input", "That person does not moderate this room.", {
        fields: { toUserId: "Choose one of this room's moderators." },
      });
    const { count } = await tx.report.updateMany({
      where: { messageId, status: "open" },
      data: { assignedToId: input.toUserId },
    });
    if (count === 0) throw new AppError("conflict", "This item was already handled.");
    await recordAction(tx, {
      kind: "hand_over_item",
      actorId: actor.userId,
      roomId: message.roomId,
      messageId,
      reason: input.note ?? "Handed over",
      details: { to: input.toUserId },
    });
  });
  publisher().toUser(input.toUserId, "attention:changed");
  await toModerators(message.roomId, "attention:changed");
}
