import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { canJoin } from "@/lib/server/policies/join-policies";
import { readLatestMessages } from "@/lib/server/services/messages/visible-messages";
import {
  countActiveMembers,
  findMembership,
  findRoom,
  membershipSelect,
  toWireMembership,
  toWireRoom,
} from "@/lib/server/services/rooms/room-records";
import type { JoinAnswer } from "@/lib/shared/realtime-events";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { joinRoomSchema } from "@/lib/shared/schemas/chat";

/**
 * Joins a room as a member or a listener (or switches between the two), when canJoin allows
 * it. The people in the room are counted under the room's row lock, so two people cannot take
 * the last place together.
 */
export async function joinRoom(actor: MemberActor, rawInput: unknown): Promise<JoinAnswer> {
  const input = parseInput(joinRoomSchema, rawInput);
  await consumeRateLimit("roomJoinLeavePerMember", actor.userId);
  const { room, membership, previousLastRead, memberCount } = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Room" WHERE id = ${input.roomId}::uuid FOR UPDATE`;
    const room = await findRoom(tx, input.roomId);
    const existing = await findMembership(tx, room.id, actor.userId);
    const decision = canJoin(existing, room, {
      acceptingGuidelines: input.acceptGuidelines === true,
      activeCount: await countActiveMembers(tx, room.id),
    });
    if (!decision.allowed) throw new AppError(decision.code, decision.message);
    const active = existing !== null && existing.leftAt === null;
    const listenOnly = input.listenOnly ?? (active ? existing.listenOnly : false);
    const accepted = input.acceptGuidelines
      ? { guidelinesAcceptedVersion: room.guidelinesVersion, guidelinesAcceptedAt: new Date() }
      : {};
    const membership = await tx.membership.upsert({
      where: { roomId_userId: { roomId: room.id, userId: actor.userId } },
      create: { roomId: room.id, userId: actor.userId, listenOnly, ...accepted },
      update: { leftAt: null, listenOnly, ...accepted },
      select: membershipSelect,
    });
    return {
      room,
      membership,
      previousLastRead: existing?.lastReadMessageId ?? null,
      memberCount: await countActiveMembers(tx, room.id),
    };
  });

  // The caller joins the socket to the room, then announces the change (broadcastRoomChange).
  const messages = await readLatestMessages(actor.userId, room.id);
  return {
    room: toWireRoom(room, memberCount),
    membership: toWireMembership(membership, previousLastRead, room.guidelinesVersion),
    messages,
  };
}
