// Writing into a member's open check-in in a room, opening one when there is none. Two
// moderators opening one with the same person at the same moment (or a member asking twice)
// meet at the one-open-per-member-and-room index: the second retries once and joins the
// check-in the first made.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { recordAction } from "@/lib/server/services/moderation/moderation-records";

type Tx = Prisma.TransactionClient;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export async function placeInCheckIn<Result>(work: (tx: Tx) => Promise<Result>): Promise<Result> {
  try {
    return await db().$transaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db().$transaction(work);
  }
}

export interface FirstWords {
  roomId: string;
  memberId: string;
  /** Who writes: a moderator, or the member asking. */
  authorId: string;
  body: string;
  messageId?: bigint;
  /** What the audit log says when this opens a new check-in. */
  openedBecause: string;
}

/** The words go into the open check-in (or a new one, logged); who owes a reply is set from who wrote. */
export async function writeIntoOpenCheckIn(tx: Tx, words: FirstWords): Promise<{ id: string }> {
  const byMember = words.authorId === words.memberId;
  const existing = await tx.checkIn.findFirst({
    where: { roomId: words.roomId, memberId: words.memberId, status: "open" },
    select: { id: true },
  });
  const checkIn =
    existing ??
    (await tx.checkIn.create({
      data: {
        roomId: words.roomId,
        memberId: words.memberId,
        openedById: words.authorId,
        requestedByMember: byMember,
        messageId: words.messageId,
      },
      select: { id: true },
    }));
  await tx.checkInMessage.create({
    data: { checkInId: checkIn.id, authorId: words.authorId, body: words.body },
  });
  await tx.checkIn.update({
    where: { id: checkIn.id },
    data: { awaitingModerator: byMember, memberUnread: !byMember, lastActivityAt: new Date() },
  });
  if (!existing)
    await recordAction(tx, {
      kind: "open_check_in",
      actorId: words.authorId,
      roomId: words.roomId,
      targetUserId: words.memberId,
      messageId: words.messageId,
      reason: words.openedBecause,
      details: { checkInId: checkIn.id },
    });
  return checkIn;
}
