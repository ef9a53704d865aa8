// A reviewer (the room's other moderators or an admin; only an admin where rank asks for one,
// decision 0029) upholds or reverses an appeal, with a reason. Reversing undoes what can be undone (a hidden message shows again, a mute or a
// removal lifts; a warning is withdrawn). The member is told as a notice; every step is logged.
import type { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canDecideAppeal } from "@/lib/server/policies/appeal-policies";
import { readAppealFacts } from "@/lib/server/services/appeals/appeal-facts";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import { messageSelect, toWireMessage } from "@/lib/server/services/messages/wire-message";
import { recordAction, toModerators } from "@/lib/server/services/moderation/moderation-records";
import { announceNotice, writeNotice } from "@/lib/server/services/notices/write-notice";
import { publisher } from "@/lib/server/services/publisher";
import { broadcastRoomChange } from "@/lib/server/services/rooms/broadcast-room-change";
import { countActiveMembers } from "@/lib/server/services/rooms/room-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { decideAppealSchema } from "@/lib/shared/schemas/appeal";

type Tx = Prisma.TransactionClient;

const undone: Record<string, string> = {
  hide_message: "Your message is shown again.",
  mute_member: "Your messages are no longer paused.",
  remove_member: "You can join the room again.",
  warn_member: "The warning is withdrawn.",
};

interface Reversal {
  unhiddenMessageId?: bigint;
  unmuted?: boolean;
  removalLifted?: boolean;
}

async function reverse(
  tx: Tx,
  action: { kind: string; roomId: string | null; targetUserId: string; messageId: bigint | null },
): Promise<Reversal> {
  const { kind, roomId, targetUserId, messageId } = action;
  if (kind === "hide_message" && messageId !== null) {
    await tx.message.updateMany({
      where: { id: messageId, hiddenAt: { not: null } },
      data: { hiddenAt: null, hiddenById: null, hiddenReason: null },
    });
    return { unhiddenMessageId: messageId };
  }
  if (!roomId) return {};
  if (kind === "mute_member") {
    const { count } = await tx.membership.updateMany({
      where: { roomId, userId: targetUserId, mutedUntil: { gt: new Date() } },
      data: { mutedUntil: null },
    });
    return { unmuted: count > 0 };
  }
  if (kind === "remove_member") {
    const { count } = await tx.membership.updateMany({
      where: { roomId, userId: targetUserId, removedAt: { not: null } },
      data: { removedAt: null, leftAt: new Date() },
    });
    return { removalLifted: count > 0 };
  }
  return {};
}

export async function decideAppeal(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(decideAppealSchema, rawInput);
  await consumeRateLimit("appealDecisionPerMember", actor.userId);
  const outcome = await db().$transaction(async (tx) => {
    const read = await readAppealFacts(tx, input.appealId, actor.userId);
    if (!read) throw new AppError("not_found", "We couldn't find that appeal.");
    const { appeal, action, facts, reviewerMembership } = read;
    const decision = canDecideAppeal(
      {
        userId: actor.userId,
        siteRole: actor.siteRole,
        staffPowers: actor.staffPowers,
        membership: reviewerMembership,
      },
      facts,
    );
    if (!decision.allowed) throw new AppError(decision.code, decision.message);
    // Locks the row: two reviewers deciding at once, the second is told it was decided.
    const { count } = await tx.appeal.updateMany({
      where: { id: appeal.id, status: "open" },
      data: {
        status: input.decision === "uphold" ? "upheld" : "reversed",
        decidedAt: new Date(),
        decidedById: actor.userId,
        decisionReason: input.reason,
      },
    });
    if (count === 0) throw new AppError("conflict", "Someone has already decided this appeal.");

    const reversal =
      input.decision === "reverse" && action.targetUserId
        ? await reverse(tx, { ...action, targetUserId: action.targetUserId })
        : {};
    await recordAction(tx, {
      kind: input.decision === "uphold" ? "uphold_appeal" : "reverse_appeal",
      actorId: actor.userId,
      roomId: appeal.roomId,
      targetUserId: appeal.userId,
      messageId: action.messageId ?? undefined,
      reason: input.reason,
      details: { appealId: appeal.id, moderationActionId: action.id.toString(), undid: action.kind },
    });
    // Says who reviewed by their role, never by name: an admin decides appeals about an admin's
    // action or from a moderator (decision 0029), and the appellant should know which it was.
    const reviewer = actor.siteRole === "admin" ? "An admin" : "A moderator";
    const body =
      input.decision === "uphold"
        ? `${reviewer} reviewed your appeal and kept the decision. Reason: ${input.reason}`
        : `${reviewer} reviewed your appeal and reversed the decision. ${undone[action.kind] ?? ""} Reason: ${input.reason}`;
    const notice = await writeNotice(tx, {
      userId: appeal.userId,
      roomId: appeal.roomId,
      kind: "appeal_outcome",
      body: body.replace(/\s+/g, " "),
      reason: input.reason,
    });
    return { notice, reversal, roomId: appeal.roomId, userId: appeal.userId };
  });

  announceNotice(outcome.notice);
  const { reversal, roomId, userId } = outcome;
  if (reversal.unhiddenMessageId !== undefined) {
    const message = await db().message.findUniqueOrThrow({
      where: { id: reversal.unhiddenMessageId },
      select: messageSelect,
    });
    publisher().toRoom(
      message.roomId,
      [userId, ...(await blockedRelations(userId))],
      "message:updated",
      toWireMessage(message, ""),
    );
    publisher().toUser(userId, "message:updated", toWireMessage(message, userId));
  }
  if (reversal.unmuted && roomId)
    publisher().toUser(userId, "member:muted", { roomId, until: null, reason: "" });
  if (reversal.removalLifted && roomId)
    await broadcastRoomChange(roomId, await countActiveMembers(db(), roomId));
  if (roomId) await toModerators(roomId, "attention:changed");
}
