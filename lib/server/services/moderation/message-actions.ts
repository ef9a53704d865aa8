// Moderating a message: hiding it (the author is told why), or dismissing its reports (a
// message held back by reports comes back for everyone).
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

async function findModeratedMessage(id: bigint) {
  const message = await db().message.findUnique({
    where: { id },
    select: { roomId: true, authorId: true, deletedAt: true },
  });
  if (!message || message.deletedAt) throw new AppError("not_found", "We couldn't find that message.");
  return message;
}

const outcomeText = {
  actioned:
    "A moderator reviewed a message you reported and took action. Thank you for looking out for the room.",
  dismissed:
    "A moderator reviewed a message you reported and decided no action was needed. Thank you for telling us.",
};

/** Tells the people who reported a message what became of it (privately, as a notice). */
async function tellReporters(
  reporterIds: string[],
  roomId: string,
  outcome: keyof typeof outcomeText,
): Promise<void> {
  if (reporterIds.length === 0) return;
  const notices = await db().$transaction((tx) =>
    Promise.all(
      reporterIds.map((userId) =>
        writeNotice(tx, { userId, roomId, kind: "report_outcome", body: outcomeText[outcome] }),
      ),
    ),
  );
  notices.forEach(announceNotice);
}

async function openReporters(messageId: bigint): Promise<string[]> {
  const reports = await db().report.findMany({
    where: { messageId, status: "open", reporterId: { not: null } },
    select: { reporterId: true },
  });
  return reports.map((report) => report.reporterId as string);
}

export async function hideMessage(
  actor: MemberActor,
  input: { messageId: string; reason: string },
): Promise<void> {
  const id = BigInt(input.messageId);
  const message = await findModeratedMessage(id);
  const notice = `A moderator hid one of your messages. Reason: ${input.reason}`;
  const reporters = await openReporters(id);
  const written = await db().$transaction(async (tx) => {
    const ranks = await requireActionOnMessage(tx, actor, message.roomId, message.authorId);
    const now = new Date();
    await tx.message.update({
      where: { id },
      data: { hiddenAt: now, hiddenById: actor.userId, hiddenReason: input.reason, heldForReview: false },
    });
    await tx.report.updateMany({
      where: { messageId: id, status: "open" },
      data: { status: "actioned", resolvedAt: now, resolvedById: actor.userId, resolutionNote: input.reason },
    });
    const action = await recordAction(tx, {
      ...ranks,
      kind: "hide_message",
      actorId: actor.userId,
      roomId: message.roomId,
      targetUserId: message.authorId,
      messageId: id,
      reason: input.reason,
    });
    return writeNotice(tx, {
      userId: message.authorId,
      roomId: message.roomId,
      kind: "message_hidden",
      body: notice,
      reason: input.reason,
      moderationActionId: action.id,
    });
  });
  const updated = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  publisher().toRoom(message.roomId, [message.authorId], "message:updated", toWireMessage(updated, ""));
  publisher().toUser(message.authorId, "message:updated", toWireMessage(updated, message.authorId));
  announceNotice(written);
  await tellReporters(reporters, message.roomId, "actioned");
  await toModerators(message.roomId, "attention:changed");
}

export async function dismissReports(
  actor: MemberActor,
  input: { messageId: string; reason: string },
): Promise<void> {
  const id = BigInt(input.messageId);
  const message = await findModeratedMessage(id);
  const reporters = await openReporters(id);
  const released = await db().$transaction(async (tx) => {
    await requireActionOnMessage(tx, actor, message.roomId, message.authorId);
    await tx.report.updateMany({
      where: { messageId: id, status: "open" },
      data: {
        status: "dismissed",
        resolvedAt: new Date(),
        resolvedById: actor.userId,
        resolutionNote: input.reason,
      },
    });
    const { count } = await tx.message.updateMany({
      where: { id, heldForReview: true },
      data: { heldForReview: false },
    });
    await recordAction(tx, {
      kind: "dismiss_report",
      actorId: actor.userId,
      roomId: message.roomId,
      targetUserId: message.authorId,
      messageId: id,
      reason: input.reason,
    });
    return count > 0;
  });
  await tellReporters(reporters, message.roomId, "dismissed");
  await toModerators(message.roomId, "attention:changed");
  if (!released) return;
  const restored = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  publisher().toRoom(
    message.roomId,
    [message.authorId, ...(await blockedRelations(message.authorId))],
    "message:new",
    toWireMessage(restored, ""),
  );
}
