// Appeals: a member asks for a review of a moderator's action on them; someone other than the
// one who acted decides. Pure functions, tested as a table (appeal-policies.test.ts).
import { canModerateRoom, type ModeratorFacts } from "@/lib/server/policies/moderation-policies";
import type { Decision } from "@/lib/server/policies/room-policies";
import { appealableNoticeKinds, type NoticeKindName } from "@/lib/shared/notice-types";

const allowed: Decision = { allowed: true };
const forbidden = (message: string): Decision => ({ allowed: false, code: "forbidden", message });

/** Only the person acted on, about a moderator's action, once. */
export function canAppeal(
  actorId: string,
  notice: { kind: NoticeKindName; actionTargetUserId: string | null; hasAppeal: boolean },
): Decision {
  if (!appealableNoticeKinds.includes(notice.kind) || notice.actionTargetUserId === null)
    return forbidden("Only a moderator's action on you can be reviewed.");
  if (notice.actionTargetUserId !== actorId) return forbidden("Only the person it concerns can ask.");
  if (notice.hasAppeal)
    return { allowed: false, code: "conflict", message: "You already asked for a review of this." };
  return allowed;
}

/**
 * The room's moderators and admins review, never the moderator who acted, and never the
 * member who appealed (a moderator appealing an admin's action on them).
 */
export function canDecideAppeal(
  actor: ModeratorFacts & { userId: string },
  appeal: { actedBy: string | null; appellant: string },
): Decision {
  const room = canModerateRoom(actor);
  if (!room.allowed) return room;
  if (appeal.actedBy === actor.userId)
    return forbidden("Someone other than the moderator who acted decides.");
  if (appeal.appellant === actor.userId) return forbidden("You can't review your own appeal.");
  return allowed;
}

/** Reviewers as a filter: who is told of a new appeal (the room's moderators and admins but the one who acted). */
export function isReviewerOf(person: string, appeal: { actedBy: string | null; appellant: string }): boolean {
  return person !== appeal.actedBy && person !== appeal.appellant;
}
