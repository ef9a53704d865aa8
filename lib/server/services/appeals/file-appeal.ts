// A member asks for a review of a moderator's action on them, from its notice. Those who may
// decide it are told (the room's other moderators and the admins, or only the admins where rank
// asks for one: 0029); the one who acted is not asked to judge it.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canAppeal, isReviewerOf } from "@/lib/server/policies/appeal-policies";
import { moderatorsOfRoomWhere } from "@/lib/server/policies/moderation-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { readAppealFacts } from "@/lib/server/services/appeals/appeal-facts";
import { recordAction } from "@/lib/server/services/moderation/moderation-records";
import { publisher } from "@/lib/server/services/publisher";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { fileAppealSchema } from "@/lib/shared/schemas/appeal";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export async function fileAppeal(actor: MemberActor, rawInput: unknown): Promise<{ appealId: string }> {
  const input = parseInput(fileAppealSchema, rawInput);
  await consumeRateLimit("appealPerMember", actor.userId);
  const notice = await db().notice.findUnique({
    where: { id: input.noticeId },
    select: {
      userId: true,
      kind: true,
      moderationAction: {
        select: {
          id: true,
          actorId: true,
          roomId: true,
          targetUserId: true,
          appeal: { select: { id: true } },
        },
      },
    },
  });
  // Someone else's notice is not theirs to know about.
  if (!notice || notice.userId !== actor.userId)
    throw new AppError("not_found", "We couldn't find that notice.");
  const action = notice.moderationAction;
  const decision = canAppeal(actor.userId, {
    kind: notice.kind,
    actionTargetUserId: action?.targetUserId ?? null,
    hasAppeal: Boolean(action?.appeal),
  });
  if (!decision.allowed || !action)
    throw new AppError(
      decision.allowed ? "forbidden" : decision.code,
      decision.allowed ? "That can't be reviewed." : decision.message,
    );

  const appeal = await db()
    .$transaction(async (tx) => {
      const created = await tx.appeal.create({
        data: {
          moderationActionId: action.id,
          userId: actor.userId,
          roomId: action.roomId,
          words: input.words,
        },
        select: { id: true },
      });
      await recordAction(tx, {
        kind: "file_appeal",
        actorId: actor.userId,
        roomId: action.roomId,
        targetUserId: actor.userId,
        // The member's words stay in the appeal (and go when they delete their account).
        reason: "The member asked for a review",
        details: { appealId: created.id, moderationActionId: action.id.toString() },
      });
      return created;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("conflict", "You already asked for a review of this.");
      throw error;
    });

  const [facts, reviewers] = await Promise.all([
    readAppealFacts(db(), appeal.id, actor.userId),
    db().user.findMany({
      where: action.roomId ? moderatorsOfRoomWhere(action.roomId) : { siteRole: "admin" },
      select: { id: true, siteRole: true },
    }),
  ]);
  for (const reviewer of reviewers)
    if (facts && isReviewerOf({ userId: reviewer.id, siteRole: reviewer.siteRole }, facts.facts))
      publisher().toUser(reviewer.id, "attention:changed");
  return { appealId: appeal.id };
}
