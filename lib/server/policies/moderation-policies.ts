// Who may moderate whom: pure functions, tested as a table (moderation-policies.test.ts).
// Lists ("the rooms I moderate", "who moderates this room") are asked of the database, so the
// room rule also comes as Prisma filters beside it; tests/integration/policy-forms-agree.test.ts
// checks that the filters and the function pick the same people.
import { Prisma } from "@/generated/prisma/client";
import type { Decision } from "@/lib/server/policies/room-policies";
import { gateStaffDecision, type StaffPowers } from "@/lib/server/policies/staff-policies";

export interface ModeratorFacts {
  siteRole: "member" | "admin";
  /**
   * Whether this session may use staff powers (staff-policies.ts). Asking about someone other
   * than the person acting (who may facilitate, who an item is handed to): their role alone, "ready".
   */
  staffPowers: StaffPowers;
  /** The actor's membership in the room concerned, if any. */
  membership: { role: "member" | "moderator"; removedAt: Date | null } | null;
}

export interface TargetFacts {
  userId: string;
  siteRole: "member" | "admin";
  membership: { role: "member" | "moderator" } | null;
}

const allowed: Decision = { allowed: true };
const forbidden = (message: string): Decision => ({ allowed: false, code: "forbidden", message });

/**
 * Admins moderate every room, and see what happens outside rooms too (the site's audit entries);
 * not while their session waits for a second step.
 */
export function moderatesEveryRoom(actor: {
  siteRole: "member" | "admin";
  staffPowers: StaffPowers;
}): boolean {
  return actor.siteRole === "admin" && actor.staffPowers === "ready";
}

/**
 * Admins moderate every room; a moderator only the rooms they moderate (and not while removed
 * from it); either only in a session with a second step (second_factor_required otherwise).
 */
export function canModerateRoom(actor: ModeratorFacts): Decision {
  const holdsRole =
    actor.siteRole === "admin" || (actor.membership?.role === "moderator" && !actor.membership.removedAt);
  if (!holdsRole) return forbidden("Only this room's moderators can do that.");
  return gateStaffDecision(allowed, actor);
}

// canModerateRoom's membership clause as a filter. Leaving the room keeps the role, as above.
/** A room's moderator as a filter on memberships: appointed, and not removed from the room. */
export const moderatorMembership = {
  role: "moderator",
  removedAt: null,
} as const satisfies Prisma.MembershipWhereInput;

/**
 * moderatorMembership in SQL, over a membership row named `m`: for the statements that find a
 * room's moderators in one round trip (room-moderators.ts, care-candidates.ts).
 * tests/integration/policy-forms-agree.test.ts checks it picks the people the policy does.
 */
export const moderatorMembershipSql = Prisma.sql`(m.role = 'moderator' AND m."removedAt" IS NULL)`;

/** canModerateRoom as a filter on rooms: the rooms this person may moderate (none while waiting). */
export function moderatedRoomsWhere(actor: {
  userId: string;
  siteRole: "member" | "admin";
  staffPowers: StaffPowers;
}): Prisma.RoomWhereInput {
  if (actor.staffPowers === "waiting") return { id: { in: [] } };
  if (moderatesEveryRoom(actor)) return {};
  return { memberships: { some: { userId: actor.userId, ...moderatorMembership } } };
}

/** canModerateRoom as a filter on people: everyone who may moderate this room. */
export function moderatorsOfRoomWhere(roomId: string): Prisma.UserWhereInput {
  return { OR: [{ siteRole: "admin" }, { memberships: { some: { roomId, ...moderatorMembership } } }] };
}

/** Acting on a person: never on oneself or an admin; on another moderator only as an admin. */
export function canModerateMember(actor: ModeratorFacts & { userId: string }, target: TargetFacts): Decision {
  const room = canModerateRoom(actor);
  if (!room.allowed) return room;
  if (target.userId === actor.userId) return forbidden("You can't do that to yourself.");
  if (target.siteRole === "admin") return forbidden("Admins can't be moderated from a room.");
  if (target.membership?.role === "moderator" && actor.siteRole !== "admin")
    return forbidden("Only an admin can act on another moderator.");
  return allowed;
}

/**
 * Acting on a message (hiding it, dismissing its reports): never on one's own (reports about
 * oneself go to someone else); a message by an admin or by one of the room's moderators only as
 * an admin. Rank keeps a moderator from clearing their own name or overruling those above them.
 */
export function canModerateMessage(
  actor: ModeratorFacts & { userId: string },
  author: TargetFacts,
): Decision {
  const room = canModerateRoom(actor);
  if (!room.allowed) return room;
  if (author.userId === actor.userId)
    return forbidden("You can't moderate your own message. Another moderator will look at it.");
  if (actor.siteRole === "admin") return allowed;
  if (author.siteRole === "admin") return forbidden("Only an admin can act on an admin's message.");
  if (author.membership?.role === "moderator")
    return forbidden("Only an admin can act on another moderator's message.");
  return allowed;
}

export function canAdminister(actor: { siteRole: "member" | "admin"; staffPowers: StaffPowers }): Decision {
  if (actor.siteRole !== "admin") return forbidden("Only an admin can do that.");
  return gateStaffDecision(allowed, actor);
}
