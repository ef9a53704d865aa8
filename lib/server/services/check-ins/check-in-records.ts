// What every check-in service shares: finding one with the actor's right to it, turning rows
// into what the pages show, and telling the member and the room's moderators that it changed.
import type { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { canSeeCheckIn, canWriteInCheckIn } from "@/lib/server/policies/check-in-policies";
import { toModerators } from "@/lib/server/services/moderation/moderation-records";
import { publisher } from "@/lib/server/services/publisher";
import type { WireCheckIn } from "@/lib/shared/check-in-types";
import { AppError } from "@/lib/shared/errors";

export const checkInSelect = {
  id: true,
  roomId: true,
  memberId: true,
  status: true,
  requestedByMember: true,
  awaitingModerator: true,
  memberUnread: true,
  createdAt: true,
  lastActivityAt: true,
  closedAt: true,
  room: { select: { id: true, name: true, slug: true } },
  member: { select: { id: true, pseudonym: true } },
  messages: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      authorId: true,
      body: true,
      createdAt: true,
      author: { select: { pseudonym: true } },
    },
  },
} as const satisfies Prisma.CheckInSelect;

type CheckInRow = Prisma.CheckInGetPayload<{ select: typeof checkInSelect }>;

export function toWireCheckIn(row: CheckInRow): WireCheckIn {
  return {
    id: row.id,
    room: row.room,
    member: row.member,
    status: row.status,
    requestedByMember: row.requestedByMember,
    awaitingModerator: row.awaitingModerator,
    memberUnread: row.memberUnread,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    messages: row.messages.map((message) => ({
      id: message.id.toString(),
      author:
        message.authorId && message.author
          ? { id: message.authorId, pseudonym: message.author.pseudonym }
          : null,
      fromModerator: message.authorId !== row.memberId,
      body: message.body,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}

type Tx = Prisma.TransactionClient;

/** Loads a check-in the actor may see (or write in), or refuses as if it did not exist. */
export async function checkInFor(
  tx: Tx,
  actor: MemberActor,
  checkInId: string,
  need: "see" | "write",
): Promise<{ id: string; roomId: string; memberId: string; status: "open" | "closed" }> {
  const checkIn = await tx.checkIn.findUnique({
    where: { id: checkInId },
    select: { id: true, roomId: true, memberId: true, status: true },
  });
  if (!checkIn) throw new AppError("not_found", "We couldn't find that conversation.");
  const membership = await tx.membership.findUnique({
    where: { roomId_userId: { roomId: checkIn.roomId, userId: actor.userId } },
    select: { role: true, removedAt: true },
  });
  const facts = {
    userId: actor.userId,
    siteRole: actor.siteRole,
    staffPowers: actor.staffPowers,
    membership,
  };
  const decision = need === "see" ? canSeeCheckIn(facts, checkIn) : canWriteInCheckIn(facts, checkIn);
  if (!decision.allowed) {
    // Someone outside the conversation learns nothing about it, not even that it exists.
    const seeing = canSeeCheckIn(facts, checkIn);
    if (!seeing.allowed && seeing.code !== "second_factor_required")
      throw new AppError("not_found", "We couldn't find that conversation.");
    throw new AppError(decision.code, decision.message);
  }
  return checkIn;
}

/** Tells the member and the room's moderators (on every open page) that a check-in changed. */
export async function announceCheckIn(checkIn: {
  id: string;
  roomId: string;
  memberId: string;
}): Promise<void> {
  const change = { checkInId: checkIn.id, roomId: checkIn.roomId };
  publisher().toUser(checkIn.memberId, "checkin:updated", change);
  await toModerators(checkIn.roomId, "checkin:updated", change);
}
