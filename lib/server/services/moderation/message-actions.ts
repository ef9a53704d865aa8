// Moderating a message: hiding it (the author is told why), or dismissing its reports (a
// message held back by reports comes back for everyone).
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import { recordAction, requireActionOnMessage } from "@/lib/server/services/moderation/moderation-records";
import { messageSelect, toWireMessage } from "@/lib/server/services/messages/wire-message";
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
  await db().notice.createMany({
    data: reporterIds.map((userId) => ({
      userId,
      roomId,
      kind: "report_outcome" as const,
      body: outcomeText[outcome],
    })),
  });
  for (const userId of reporterIds)
    publisher().toUser(userId, "notice:new", { kind: "report_outcome", roomId, body: outcomeText[outcome] });
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
  await db().$transaction(async (tx) => {
    await requireActionOnMessage(tx, actor, message.roomId, message.authorId);
    const now = new Date();
    await tx.message.update({
      where: { id },
      data: { hiddenAt: now, hiddenById: actor.userId, hiddenReason: input.reason, heldForReview: false },
    });
    await tx.report.updateMany({
      where: { messageId: id, status: "open" },
      data: { status: "actioned", resolvedAt: now, resolvedById: actor.userId, resolutionNote: input.reason },
    });
    await tx.notice.create({
      data: { userId: message.authorId, roomId: message.roomId, kind: "message_hidden", body: notice },
    });
    await recordAction(tx, {
      kind: "hide_message",
      actorId: actor.userId,
      roomId: message.roomId,
      targetUserId: message.authorId,
      messageId: id,
      reason: input.reason,
    });
  });
  const updated = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  publisher().toRoom(message.roomId, [message.authorId], "message:updated", toWireMessage(updated, ""));
  publisher().toUser(message.authorId, "message:updated", toWireMessage(updated, message.authorId));
  publisher().toUser(message.authorId, "notice:new", {
    kind: "message_hidden",
    roomId: message.roomId,
    body: notice,
  });
  await tellReporters(reporters, message.roomId, "actioned");
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
  if (!released) return;
  const restored = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  publisher().toRoom(
    message.roomId,
    [message.authorId, ...(await blockedRelations(message.authorId))],
    "message:new",
    toWireMessage(restored, ""),
  );
}
