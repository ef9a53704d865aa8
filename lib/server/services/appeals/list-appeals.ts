// Appeals a reviewer may decide: open ones in the rooms they moderate (all rooms for admins),
// leaving out those about their own actions and their own appeals.
import type { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatedRoomsWhere, moderatesEveryRoom } from "@/lib/server/policies/moderation-policies";
import type { AppealToReview } from "@/lib/shared/notice-types";

/** canDecideAppeal as a filter on open appeals (tests/integration/appeals.test.ts checks they agree). */
export function appealsToReviewWhere(actor: MemberActor): Prisma.AppealWhereInput {
  return {
    status: "open",
    userId: { not: actor.userId },
    moderationAction: { OR: [{ actorId: null }, { actorId: { not: actor.userId } }] },
    ...(moderatesEveryRoom(actor) ? {} : { room: moderatedRoomsWhere(actor) }),
  };
}

export async function listAppealsToReview(actor: MemberActor): Promise<AppealToReview[]> {
  const rows = await db().appeal.findMany({
    where: appealsToReviewWhere(actor),
    orderBy: { createdAt: "asc" },
    take: 100,
    select: {
      id: true,
      words: true,
      createdAt: true,
      user: { select: { id: true, pseudonym: true } },
      room: { select: { id: true, name: true, slug: true } },
      moderationAction: {
        select: {
          kind: true,
          reason: true,
          createdAt: true,
          actor: { select: { pseudonym: true } },
          message: { select: { body: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    member: row.user,
    room: row.room,
    action: {
      kind: row.moderationAction.kind,
      reason: row.moderationAction.reason,
      at: row.moderationAction.createdAt.toISOString(),
      by: row.moderationAction.actor?.pseudonym ?? null,
      messageBody: row.moderationAction.message?.body ?? null,
    },
    words: row.words,
    createdAt: row.createdAt.toISOString(),
  }));
}
