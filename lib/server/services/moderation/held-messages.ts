// A newcomer's message that waits for a moderator (newcomer trust, docs/decisions/0021):
// approving lets it through for everyone (live with `message:new`, and to readers who were away
// through the catch-up's `changed`, since the update stamps `changedAt`); declining keeps it from
// everyone but its author, who is told kindly. Only the room's moderators and admins decide,
// never on their own message (rank: canModerateMessage), each decision logged.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import {
  recordAction,
  requireActionOnMessage,
  toModerators,
} from "@/lib/server/services/moderation/moderation-records";
import { messageSelect, toWireMessage } from "@/lib/server/services/messages/wire-message";
import { announceNotice, writeNotice } from "@/lib/server/services/notices/write-notice";
import { publisher } from "@/lib/server/services/publisher";
import { AppError } from "@/lib/shared/errors";

const notWaiting = () =>
  new AppError("conflict", "That message is no longer waiting for a moderator: someone decided already.");

async function findWaitingMessage(id: bigint) {
  const message = await db().message.findUnique({
    where: { id },
    select: {
      roomId: true,
      authorId: true,
      deletedAt: true,
      heldFor: true,
      room: { select: { name: true } },
    },
  });
  if (!message || message.deletedAt) throw new AppError("not_found", "We couldn't find that message.");
  return message;
}

/** The held message, if it is still waiting, is updated in the same transaction as the check. */
const waiting = (id: bigint) => ({
  id,
  heldForReview: true,
  heldFor: { not: null },
  hiddenAt: null,
  deletedAt: null,
});

export async function approveMessage(
  actor: MemberActor,
  input: { messageId: string; reason: string },
): Promise<void> {
  const id = BigInt(input.messageId);
  const message = await findWaitingMessage(id);
  await db().$transaction(async (tx) => {
    await requireActionOnMessage(tx, actor, message.roomId, message.authorId);
    const { count } = await tx.message.updateMany({
      where: waiting(id),
      data: { heldForReview: false, heldFor: null },
    });
    if (count === 0) throw notWaiting();
    // It is now shown to others: it counts towards its author's trust in the room.
    await tx.membership.updateMany({
      where: { roomId: message.roomId, userId: message.authorId },
      data: { postCount: { increment: 1 } },
    });
    await tx.report.updateMany({
      where: { messageId: id, status: "open" },
      data: {
        status: "dismissed",
        resolvedAt: new Date(),
        resolvedById: actor.userId,
        resolutionNote: input.reason,
      },
    });
    await recordAction(tx, {
      kind: "approve_message",
      actorId: actor.userId,
      roomId: message.roomId,
      targetUserId: message.authorId,
      messageId: id,
      reason: input.reason,
      details: { heldFor: message.heldFor },
    });
  });
  const approved = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  publisher().toRoom(
    message.roomId,
    [message.authorId, ...(await blockedRelations(message.authorId))],
    "message:new",
    toWireMessage(approved, ""),
  );
  publisher().toUser(message.authorId, "message:updated", toWireMessage(approved, message.authorId));
  await toModerators(message.roomId, "attention:changed");
}

export async function declineMessage(
  actor: MemberActor,
  input: { messageId: string; reason: string },
): Promise<void> {
  const id = BigInt(input.messageId);
  const message = await findWaitingMessage(id);
  const written = await db().$transaction(async (tx) => {
    await requireActionOnMessage(tx, actor, message.roomId, message.authorId);
    const now = new Date();
    // Still held: nobody else ever sees it. Hidden: its author sees it was not posted.
    const { count } = await tx.message.updateMany({
      where: waiting(id),
      data: { hiddenAt: now, hiddenById: actor.userId, hiddenReason: input.reason },
    });
    if (count === 0) throw notWaiting();
    await tx.report.updateMany({
      where: { messageId: id, status: "open" },
      data: { status: "actioned", resolvedAt: now, resolvedById: actor.userId, resolutionNote: input.reason },
    });
    const action = await recordAction(tx, {
      kind: "decline_message",
      actorId: actor.userId,
      roomId: message.roomId,
      targetUserId: message.authorId,
      messageId: id,
      reason: input.reason,
      details: { heldFor: message.heldFor },
    });
    return writeNotice(tx, {
      userId: message.authorId,
      roomId: message.roomId,
      kind: "message_declined",
      body:
        `A moderator read one of your messages in ${message.room.name} and decided not to share it with the room. ` +
        "You are still welcome there, and you can keep writing.",
      reason: input.reason,
      moderationActionId: action.id,
    });
  });
  const declined = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  publisher().toUser(message.authorId, "message:updated", toWireMessage(declined, message.authorId));
  announceNotice(written);
  await toModerators(message.roomId, "attention:changed");
}
