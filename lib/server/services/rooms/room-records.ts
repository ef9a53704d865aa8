// How rooms and memberships are read, and how they look on the wire.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { MembershipFacts, RoomFacts } from "@/lib/server/policies/room-policies";
import type { WireMembership, WireRoom } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export const roomSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  guidelines: true,
  guidelinesVersion: true,
  capacity: true,
  slowModeSeconds: true,
  lockedAt: true,
  archivedAt: true,
  careful: true,
  topic: { select: { slug: true, name: true } },
} as const satisfies Prisma.RoomSelect;

export type RoomRecord = Prisma.RoomGetPayload<{ select: typeof roomSelect }> & RoomFacts;

export const membershipSelect = {
  id: true,
  role: true,
  listenOnly: true,
  guidelinesAcceptedVersion: true,
  mutedUntil: true,
  removedAt: true,
  leftAt: true,
  lastPostedAt: true,
  lastReadMessageId: true,
} as const satisfies Prisma.MembershipSelect;

export type MembershipRecord = Prisma.MembershipGetPayload<{ select: typeof membershipSelect }> &
  MembershipFacts;

/** People in the room now, members and listeners alike: both count toward its capacity. */
export const activeMembershipWhere = { leftAt: null, removedAt: null } as const;

export async function findRoom(client: Client, roomId: string): Promise<RoomRecord> {
  const room = await client.room.findUnique({ where: { id: roomId }, select: roomSelect });
  if (!room || room.archivedAt) throw new AppError("not_found", "We couldn't find that room.");
  return room;
}

export function findMembership(
  client: Client,
  roomId: string,
  userId: string,
): Promise<MembershipRecord | null> {
  return client.membership.findUnique({
    where: { roomId_userId: { roomId, userId } },
    select: membershipSelect,
  });
}

export function countActiveMembers(client: Client, roomId: string): Promise<number> {
  return client.membership.count({ where: { roomId, ...activeMembershipWhere } });
}

export function toWireRoom(room: RoomRecord, memberCount: number): WireRoom {
  return {
    id: room.id,
    slug: room.slug,
    name: room.name,
    description: room.description,
    guidelines: room.guidelines,
    guidelinesVersion: room.guidelinesVersion,
    capacity: room.capacity,
    memberCount,
    slowModeSeconds: room.slowModeSeconds,
    locked: room.lockedAt !== null,
    careful: room.careful,
    topic: room.topic,
  };
}

export function toWireMembership(
  membership: MembershipRecord,
  lastReadMessageId: bigint | null,
  guidelinesVersion: number,
): WireMembership {
  return {
    role: membership.role,
    guidelinesAccepted: membership.guidelinesAcceptedVersion === guidelinesVersion,
    listenOnly: membership.listenOnly,
    mutedUntil:
      membership.mutedUntil && membership.mutedUntil > new Date()
        ? membership.mutedUntil.toISOString()
        : null,
    lastReadMessageId: lastReadMessageId === null ? null : lastReadMessageId.toString(),
  };
}
