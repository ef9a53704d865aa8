// The one entry for admins' changes to topics, rooms and moderators; each change is logged in
// the same transaction. Watched words have their own service (watched-words.ts).
import { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { canAdminister } from "@/lib/server/policies/moderation-policies";
import { recordAction } from "@/lib/server/services/moderation/moderation-records";
import { announceNotice, writeNotice, type WrittenNotice } from "@/lib/server/services/notices/write-notice";
import { hasSecondFactor } from "@/lib/server/auth/second-factor";
import { env } from "@/lib/env";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { pseudonymKey } from "@/lib/shared/schemas/account";
import { administrationSchema } from "@/lib/shared/schemas/admin";

export async function administer(actor: MemberActor, rawInput: unknown): Promise<{ id?: string }> {
  const decision = canAdminister(actor);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  const input = parseInput(administrationSchema, rawInput);
  await consumeRateLimit("adminActionPerMember", actor.userId);
  let appointed: WrittenNotice | null = null;
  try {
    const result = await db().$transaction(async (tx) => {
      switch (input.action) {
        case "create_topic": {
          const topic = await tx.topic.create({
            data: {
              slug: input.slug,
              name: input.name,
              description: input.description,
              position: await tx.topic.count(),
            },
            select: { id: true },
          });
          await recordAction(tx, {
            kind: "create_topic",
            actorId: actor.userId,
            reason: input.reason,
            details: { slug: input.slug, name: input.name },
          });
          return topic;
        }
        case "update_topic": {
          await tx.topic.update({
            where: { id: input.topicId },
            data: { name: input.name, description: input.description },
          });
          await recordAction(tx, {
            kind: "update_topic",
            actorId: actor.userId,
            reason: input.reason,
            details: { topicId: input.topicId, name: input.name },
          });
          return { id: input.topicId };
        }
        case "create_room": {
          const room = await tx.room.create({
            data: {
              topicId: input.topicId,
              slug: input.slug,
              name: input.name,
              description: input.description,
              capacity: input.capacity,
              guidelines: input.guidelines,
            },
            select: { id: true },
          });
          await recordAction(tx, {
            kind: "create_room",
            actorId: actor.userId,
            roomId: room.id,
            reason: input.reason,
            details: { slug: input.slug, name: input.name },
          });
          return room;
        }
        case "update_room": {
          await tx.room.update({
            where: { id: input.roomId },
            data: { name: input.name, description: input.description, capacity: input.capacity },
          });
          await recordAction(tx, {
            kind: "update_room",
            actorId: actor.userId,
            roomId: input.roomId,
            reason: input.reason,
            details: { name: input.name, capacity: input.capacity },
          });
          return { id: input.roomId };
        }
        case "appoint_moderator": {
          const user = await tx.user.findUnique({
            where: { pseudonymKey: pseudonymKey(input.pseudonym) },
            select: { id: true },
          });
          if (!user)
            throw new AppError("not_found", "No member has that pseudonym.", {
              fields: { pseudonym: "No member has that pseudonym." },
            });
          await tx.membership.upsert({
            where: { roomId_userId: { roomId: input.roomId, userId: user.id } },
            create: { roomId: input.roomId, userId: user.id, role: "moderator", leftAt: new Date() },
            update: { role: "moderator" },
          });
          await recordAction(tx, {
            kind: "appoint_moderator",
            actorId: actor.userId,
            roomId: input.roomId,
            targetUserId: user.id,
            reason: input.reason,
          });
          appointed = await writeNotice(tx, {
            userId: user.id,
            roomId: input.roomId,
            kind: "moderator_appointed",
            body: await appointmentWords(user.id),
          });
          return { id: user.id };
        }
        case "remove_moderator": {
          const { count } = await tx.membership.updateMany({
            where: { roomId: input.roomId, userId: input.userId, role: "moderator" },
            data: { role: "member" },
          });
          if (count === 0) throw new AppError("not_found", "That person is not a moderator of this room.");
          await recordAction(tx, {
            kind: "remove_moderator",
            actorId: actor.userId,
            roomId: input.roomId,
            targetUserId: input.userId,
            reason: input.reason,
          });
          return { id: input.userId };
        }
        case "set_newcomer_trust": {
          const { action, reason, ...thresholds } = input;
          await tx.trustSettings.upsert({
            where: { id: 1 },
            create: { id: 1, ...thresholds },
            update: thresholds,
          });
          await recordAction(tx, { kind: action, actorId: actor.userId, reason, details: thresholds });
          return {};
        }
      }
    });
    if (appointed) announceNotice(appointed);
    return result;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "That web address (slug) is already used. Please choose another.", {
        fields: { slug: "Already used." },
      });
    }
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      (error.code === "P2025" || error.code === "P2003")
    ) {
      throw new AppError("not_found", "We couldn't find that topic or room.");
    }
    throw error;
  }
}

/** What someone appointed moderator is told: where their tools are, and the second step they need first. */
async function appointmentWords(userId: string): Promise<string> {
  const intro = "You were asked to moderate this room. Thank you for helping keep it safe.";
  if (!env().REQUIRE_STAFF_SECOND_FACTOR || (await hasSecondFactor(userId)))
    return `${intro} Your moderator tools are on the Moderation page.`;
  return `${intro} Moderating needs a second step at sign-in, so that nobody with only your password can read what members shared. Add a passkey or set up an authenticator app in Settings (it takes a minute); then your moderator tools open.`;
}
