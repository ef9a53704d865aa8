import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { canRead } from "@/lib/server/policies/room-policies";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import { reactionsFor } from "@/lib/server/services/messages/wire-message";
import { publisher } from "@/lib/server/services/publisher";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import type { WireReactions } from "@/lib/shared/chat-types";
import { reactionsOffered } from "@/lib/shared/care-reactions";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { reactSchema } from "@/lib/shared/schemas/chat";

/** Toggles a supportive reaction; the counts change live for everyone reading the room. */
export async function reactToMessage(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ reactions: WireReactions }> {
  const input = parseInput(reactSchema, rawInput);
  await consumeRateLimit("reactionPerMember", actor.userId);
  const messageId = BigInt(input.messageId);
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: {
      roomId: true,
      authorId: true,
      deletedAt: true,
      hiddenAt: true,
      heldForReview: true,
      crisisFlaggedAt: true,
    },
  });
  const hiddenFromMe = message ? (await blockedRelations(actor.userId)).includes(message.authorId) : true;
  if (!message || message.deletedAt || message.hiddenAt || message.heldForReview || hiddenFromMe) {
    throw new AppError("not_found", "We couldn't find that message.");
  }
  const room = await findRoom(db(), message.roomId);
  const reading = canRead(await findMembership(db(), room.id, actor.userId), room);
  if (!reading.allowed) throw new AppError(reading.code, reading.message);

  const key = { messageId_userId_kind: { messageId, userId: actor.userId, kind: input.kind } };
  const removed = await db().reaction.deleteMany({ where: key.messageId_userId_kind });
  if (removed.count === 0) {
    // Taking a reaction back is always possible; giving one is limited to what is offered
    // (the author, who sees their message as they wrote it, is offered every kind).
    const needsCare = message.crisisFlaggedAt !== null && message.authorId !== actor.userId;
    if (!reactionsOffered({ needsCare }).includes(input.kind)) {
      throw new AppError(
        "invalid_input",
        "That reaction isn't offered on this message. A heart or a hug is.",
        {
          fields: { kind: "That reaction isn't offered on this message." },
        },
      );
    }
    // INSERT … ON CONFLICT DO NOTHING: the same toggle sent twice at once adds one reaction, no error.
    await db().reaction.createMany({ data: [key.messageId_userId_kind], skipDuplicates: true });
  }
  const reactions = (await reactionsFor([messageId], actor.userId)).get(input.messageId) ?? {
    counts: {},
    mine: [],
  };
  publisher().toRoom(message.roomId, [], "reaction:updated", {
    roomId: message.roomId,
    messageId: input.messageId,
    counts: reactions.counts,
  });
  return { reactions };
}
