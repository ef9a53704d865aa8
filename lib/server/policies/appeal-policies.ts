// Appeals: a member asks for a review of a moderator's action on them; someone other than the
// one who acted decides, and rank holds as everywhere else (docs/decisions/0029): an appeal about
// an admin's action, or from a moderator or an admin, is an admin's to decide. Pure functions,
// tested as a table (appeal-policies.test.ts); appealsToReviewSql is the same rule as a filter on
// open appeals (tests/integration/policy-forms-agree.test.ts checks they agree).
import { Prisma } from "@/generated/prisma/client";
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

export type Rank = "member" | "moderator" | "admin";

/** Someone's rank in a room: an admin anywhere, else a moderator where appointed (removed or not). */
export function rankOf(person: {
  siteRole: "member" | "admin";
  membership: { role: "member" | "moderator" } | null;
}): Rank {
  if (person.siteRole === "admin") return "admin";
  return person.membership?.role === "moderator" ? "moderator" : "member";
}

const order: Record<Rank, number> = { member: 0, moderator: 1, admin: 2 };
/** The higher of the ranks known (when the action was taken, and now); none known is a member. */
export function higherRank(...ranks: (Rank | null)[]): Rank {
  return ranks.reduce<Rank>((high, rank) => (rank && order[rank] > order[high] ? rank : high), "member");
}

export interface AppealFacts {
  /** Who took the action; null when Hearth did. */
  actedBy: string | null;
  appellant: string;
  /** Their ranks in the room when the action was taken (null where not recorded) and now. */
  actedByRank: { then: Rank | null; now: Rank | null };
  appellantRank: { then: Rank | null; now: Rank | null };
}

/**
 * Rank holds in both directions and in time: an admin's action (an admin then or now) or an
 * appeal from a moderator or an admin (then or now) is an admin's to decide.
 */
export function needsAnAdmin(appeal: AppealFacts): boolean {
  return (
    higherRank(appeal.actedByRank.then, appeal.actedByRank.now) === "admin" ||
    higherRank(appeal.appellantRank.then, appeal.appellantRank.now) !== "member"
  );
}

/**
 * The room's moderators and admins review, never the one who acted, never the one appealing;
 * and only an admin where rank asks for one (needsAnAdmin).
 */
export function canDecideAppeal(actor: ModeratorFacts & { userId: string }, appeal: AppealFacts): Decision {
  const room = canModerateRoom(actor);
  if (!room.allowed) return room;
  if (appeal.actedBy === actor.userId) return forbidden("Someone other than the person who acted decides.");
  if (appeal.appellant === actor.userId) return forbidden("You can't review your own appeal.");
  if (actor.siteRole === "admin" || !needsAnAdmin(appeal)) return allowed;
  if (higherRank(appeal.actedByRank.then, appeal.actedByRank.now) === "admin")
    return forbidden("This was an admin's decision, so another admin reviews it.");
  return forbidden("This appeal is from a moderator, so an admin reviews it.");
}

/** Reviewers as a filter: who is told of a new appeal (people who may moderate the room). */
export function isReviewerOf(
  person: { userId: string; siteRole: "member" | "admin" },
  appeal: AppealFacts,
): boolean {
  if (person.userId === appeal.actedBy || person.userId === appeal.appellant) return false;
  return person.siteRole === "admin" || !needsAnAdmin(appeal);
}

const adminNow = (userId: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "User" u WHERE u.id = ${userId} AND u."siteRole" = 'admin')`;
const roomModeratorNow = (userId: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Membership" m WHERE m."roomId" = a."roomId" AND m."userId" = ${userId} AND m.role = 'moderator')`;

/**
 * canDecideAppeal as a condition on open appeals: over the appeal as `a` and its moderation
 * action as `ma` (joined). The reviewer's site role comes from their session, as in
 * moderatedRoomsWhere.
 */
export function appealsToReviewSql(reviewer: { userId: string; siteRole: "member" | "admin" }): Prisma.Sql {
  const me = Prisma.sql`${reviewer.userId}::uuid`;
  const common = Prisma.sql`a.status = 'open' AND a."userId" <> ${me} AND ma."actorId" IS DISTINCT FROM ${me}`;
  if (reviewer.siteRole === "admin") return common;
  // A moderator of the room (not removed), and nobody above a member on either side, then or now.
  return Prisma.sql`${common}
    AND EXISTS (SELECT 1 FROM "Membership" rm WHERE rm."roomId" = a."roomId" AND rm."userId" = ${me}
                AND rm.role = 'moderator' AND rm."removedAt" IS NULL)
    AND ma."actorRank" IS DISTINCT FROM 'admin' AND NOT ${adminNow(Prisma.sql`ma."actorId"`)}
    AND COALESCE(ma."targetRank", 'member') = 'member'
    AND NOT ${adminNow(Prisma.sql`a."userId"`)} AND NOT ${roomModeratorNow(Prisma.sql`a."userId"`)}`;
}
