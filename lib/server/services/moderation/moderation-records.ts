// What every moderation action shares: checking the moderator, finding the person acted on,
// writing the audit row (in the action's own transaction), and telling the moderators.
import type { ModerationActionKind, Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { rankOf, type Rank } from "@/lib/server/policies/appeal-policies";
import {
  canModerateMember,
  canModerateMessage,
  canModerateRoom,
} from "@/lib/server/policies/moderation-policies";
import { moderatorIdsOfRoom } from "@/lib/server/services/moderation/room-moderators";
import { publisher } from "@/lib/server/services/publisher";
import { AppError } from "@/lib/shared/errors";
import type { ServerToClientEvents } from "@/lib/shared/realtime-events";

type Tx = Prisma.TransactionClient;

/**
 * Locks the room's row first, as the send, edit and join paths do: a moderation transaction
 * that locked a membership or a message and then touched the room (an audit or notice row
 * referring to it takes a key-share lock on it) would otherwise deadlock with a send.
 */
export async function lockRoom(tx: Tx, roomId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Room" WHERE id = ${roomId}::uuid FOR UPDATE`;
}

export async function requireRoomModerator(tx: Tx, actor: MemberActor, roomId: string): Promise<void> {
  await lockRoom(tx, roomId);
  const room = await tx.room.findUnique({ where: { id: roomId }, select: { id: true } });
  if (!room) throw new AppError("not_found", "We couldn't find that room.");
  const membership = await tx.membership.findUnique({
    where: { roomId_userId: { roomId, userId: actor.userId } },
    select: { role: true, removedAt: true },
  });
  const decision = canModerateRoom({ siteRole: actor.siteRole, staffPowers: actor.staffPowers, membership });
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
}

/** Both sides' ranks as the action is taken, kept on its audit row (appeals follow rank: 0029). */
export interface ActionRanks {
  actorRank: Rank;
  targetRank: Rank;
}

/**
 * Checks the actor may act on this person in this room; returns the person's membership id and
 * both ranks.
 */
export async function requireActionOnMember(
  tx: Tx,
  actor: MemberActor,
  roomId: string,
  userId: string,
): Promise<{ membershipId: string; ranks: ActionRanks }> {
  await lockRoom(tx, roomId);
  const [actorMembership, target, targetMembership] = await Promise.all([
    tx.membership.findUnique({
      where: { roomId_userId: { roomId, userId: actor.userId } },
      select: { role: true, removedAt: true },
    }),
    tx.user.findUnique({ where: { id: userId }, select: { id: true, siteRole: true } }),
    tx.membership.findUnique({
      where: { roomId_userId: { roomId, userId } },
      select: { id: true, role: true },
    }),
  ]);
  const roomCheck = canModerateRoom({
    siteRole: actor.siteRole,
    staffPowers: actor.staffPowers,
    membership: actorMembership,
  });
  if (!roomCheck.allowed) throw new AppError(roomCheck.code, roomCheck.message);
  if (!target || !targetMembership)
    throw new AppError("not_found", "That person has never been in this room.");
  const decision = canModerateMember(
    {
      userId: actor.userId,
      siteRole: actor.siteRole,
      staffPowers: actor.staffPowers,
      membership: actorMembership,
    },
    { userId: target.id, siteRole: target.siteRole, membership: targetMembership },
  );
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  return {
    membershipId: targetMembership.id,
    ranks: {
      actorRank: rankOf({ siteRole: actor.siteRole, membership: actorMembership }),
      targetRank: rankOf({ siteRole: target.siteRole, membership: targetMembership }),
    },
  };
}

/**
 * Checks the actor may act on a message by this author in this room (rank: canModerateMessage);
 * returns both ranks.
 */
export async function requireActionOnMessage(
  tx: Tx,
  actor: MemberActor,
  roomId: string,
  authorId: string,
): Promise<ActionRanks> {
  await lockRoom(tx, roomId);
  const [actorMembership, author, authorMembership] = await Promise.all([
    tx.membership.findUnique({
      where: { roomId_userId: { roomId, userId: actor.userId } },
      select: { role: true, removedAt: true },
    }),
    tx.user.findUnique({ where: { id: authorId }, select: { id: true, siteRole: true } }),
    tx.membership.findUnique({
      where: { roomId_userId: { roomId, userId: authorId } },
      select: { role: true },
    }),
  ]);
  const authorFacts = { siteRole: author?.siteRole ?? "member", membership: authorMembership } as const;
  const decision = canModerateMessage(
    {
      userId: actor.userId,
      siteRole: actor.siteRole,
      staffPowers: actor.staffPowers,
      membership: actorMembership,
    },
    { userId: authorId, ...authorFacts },
  );
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  return {
    actorRank: rankOf({ siteRole: actor.siteRole, membership: actorMembership }),
    targetRank: rankOf(authorFacts),
  };
}

export function recordAction(
  tx: Tx,
  entry: {
    kind: ModerationActionKind;
    actorId: string | null;
    roomId?: string | null;
    reason: string;
    targetUserId?: string;
    messageId?: bigint;
    reportId?: string;
    details?: Prisma.InputJsonValue;
  } & Partial<ActionRanks>,
) {
  return tx.moderationAction.create({ data: entry, select: { id: true } });
}

/** Sends an event to the room's moderators and to every admin (their sessions with staff powers). */
export async function toModerators<Event extends keyof ServerToClientEvents>(
  roomId: string,
  event: Event,
  ...args: Parameters<ServerToClientEvents[Event]>
): Promise<void> {
  for (const userId of await moderatorIdsOfRoom(db(), roomId)) publisher().toStaff(userId, event, ...args);
}
