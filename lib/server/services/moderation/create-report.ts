import type { MemberActor } from "@/lib/server/auth/actor";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { canRead } from "@/lib/server/policies/room-policies";
import { watchForPileOn } from "@/lib/server/safety/pile-on";
import { lockRoom, recordAction, toModerators } from "@/lib/server/services/moderation/moderation-records";
import { publisher } from "@/lib/server/services/publisher";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { createReportSchema } from "@/lib/shared/schemas/moderation";

/**
 * Reports a message to the room's moderators. The reporter stays anonymous to everyone but
 * moderators; reporting twice counts once. When enough different people report it, the message
 * is held back from everyone but its author until a moderator looks.
 */
export async function createReport(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ report: { id: string; status: string } }> {
  const input = parseInput(createReportSchema, rawInput);
  await consumeRateLimit("reportPerMember", actor.userId);
  const messageId = BigInt(input.messageId);
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: { roomId: true, authorId: true, deletedAt: true },
  });
  if (!message || message.deletedAt) throw new AppError("not_found", "We couldn't find that message.");
  const room = await findRoom(db(), message.roomId);
  const reading = canRead(await findMembership(db(), room.id, actor.userId), room);
  if (!reading.allowed) throw new AppError(reading.code, reading.message);
  if (message.authorId === actor.userId) {
    throw new AppError("invalid_input", "You can't report your own message; you can edit or delete it.", {
      fields: { messageId: "That is your own message." },
    });
  }

  const { report, held } = await db().$transaction(async (tx) => {
    await lockRoom(tx, room.id);
    // INSERT … ON CONFLICT DO NOTHING, then read: the same report sent twice at once is one report.
    await tx.report.createMany({
      data: [
        {
          messageId,
          roomId: room.id,
          reporterId: actor.userId,
          reason: input.reason,
          details: input.details,
        },
      ],
      skipDuplicates: true,
    });
    const report = await tx.report.findUniqueOrThrow({
      where: { messageId_reporterId: { messageId, reporterId: actor.userId } },
      select: { id: true, status: true },
    });
    const reporters = await tx.report.count({ where: { messageId, status: "open", source: "member" } });
    if (reporters < env().REPORTS_TO_HOLD) return { report, held: false };
    const { count } = await tx.message.updateMany({
      where: { id: messageId, heldForReview: false, hiddenAt: null },
      data: { heldForReview: true },
    });
    if (count > 0) {
      await recordAction(tx, {
        kind: "hide_message",
        actorId: null,
        roomId: room.id,
        targetUserId: message.authorId,
        messageId,
        reason: `Held for review after ${reporters} reports`,
        details: { automatic: true, reports: reporters },
      });
    }
    return { report, held: count > 0 };
  });

  if (held)
    publisher().toRoom(room.id, [message.authorId], "message:removed", {
      roomId: room.id,
      messageId: input.messageId,
    });
  await toModerators(room.id, "report:new", {
    roomId: room.id,
    messageId: input.messageId,
    reason: input.reason,
  });
  await watchForPileOn(messageId);
  return { report };
}
