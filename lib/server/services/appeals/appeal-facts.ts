// What deciding an appeal needs to know: the appeal and its action, the ranks of the one who acted
// and of the appellant (when the action was taken and now), and the reviewer's place in the room.
// decideAppeal reads it; policy-forms-agree reads it the same way to check appealsToReviewSql.
import type { Prisma } from "@/generated/prisma/client";
import { rankOf, type AppealFacts } from "@/lib/server/policies/appeal-policies";
import type { ModeratorFacts } from "@/lib/server/policies/moderation-policies";

type Reader = Prisma.TransactionClient;

export async function readAppealFacts(tx: Reader, appealId: string, reviewerId: string) {
  const appeal = await tx.appeal.findUnique({
    where: { id: appealId },
    select: {
      id: true,
      status: true,
      userId: true,
      roomId: true,
      user: { select: { siteRole: true } },
      moderationAction: {
        select: {
          id: true,
          kind: true,
          actorId: true,
          roomId: true,
          targetUserId: true,
          messageId: true,
          actorRank: true,
          targetRank: true,
          actor: { select: { siteRole: true } },
        },
      },
    },
  });
  if (!appeal) return null;
  const action = appeal.moderationAction;
  const memberships = appeal.roomId
    ? await tx.membership.findMany({
        where: {
          roomId: appeal.roomId,
          userId: { in: [reviewerId, appeal.userId, ...(action.actorId ? [action.actorId] : [])] },
        },
        select: { userId: true, role: true, removedAt: true },
      })
    : [];
  const membershipOf = (userId: string) => memberships.find((row) => row.userId === userId) ?? null;
  const facts: AppealFacts = {
    actedBy: action.actorId,
    appellant: appeal.userId,
    actedByRank: {
      then: action.actorRank,
      now:
        action.actorId && action.actor
          ? rankOf({ siteRole: action.actor.siteRole, membership: membershipOf(action.actorId) })
          : null,
    },
    appellantRank: {
      then: action.targetRank,
      now: rankOf({ siteRole: appeal.user.siteRole, membership: membershipOf(appeal.userId) }),
    },
  };
  const reviewerMembership: ModeratorFacts["membership"] = membershipOf(reviewerId);
  return { appeal, action, facts, reviewerMembership };
}
