// Who may take part in a check-in: the member it is about, and the room's moderators (admins
// moderate every room). Never other members: this is care, not open messaging. Pure functions,
// tested as a table (check-in-policies.test.ts).
import { canModerateRoom, type ModeratorFacts } from "@/lib/server/policies/moderation-policies";
import type { Decision } from "@/lib/server/policies/room-policies";

const allowed: Decision = { allowed: true };
const forbidden = (message: string): Decision => ({ allowed: false, code: "forbidden", message });

export interface CheckInFacts {
  memberId: string;
  status: "open" | "closed";
}

type ActorFacts = ModeratorFacts & { userId: string };

/** The member sees their own check-ins; the room's moderators see every check-in in it. */
export function canSeeCheckIn(actor: ActorFacts, checkIn: CheckInFacts): Decision {
  if (actor.userId === checkIn.memberId) return allowed;
  const moderating = canModerateRoom(actor);
  // A moderator whose session has no second step is told so, not treated as a stranger.
  if (moderating.allowed || moderating.code === "second_factor_required") return moderating;
  return forbidden("This conversation is private to the person and the room's moderators.");
}

/** Writing needs an open check-in; after it closes the member can ask for a new one. */
export function canWriteInCheckIn(actor: ActorFacts, checkIn: CheckInFacts): Decision {
  const seeing = canSeeCheckIn(actor, checkIn);
  if (!seeing.allowed) return seeing;
  if (checkIn.status === "closed")
    return { allowed: false, code: "conflict", message: "This check-in is closed." };
  return allowed;
}

/**
 * A moderator opens a check-in with someone who has been in the room, never with themselves
 * (care for a moderator comes from the room's other moderators or an admin).
 */
export function canOpenCheckIn(
  actor: ActorFacts,
  target: { userId: string; hasBeenInRoom: boolean },
): Decision {
  const room = canModerateRoom(actor);
  if (!room.allowed) return room;
  if (target.userId === actor.userId) return forbidden("You can't check in with yourself.");
  if (!target.hasBeenInRoom)
    return { allowed: false, code: "not_found", message: "That person has never been in this room." };
  return allowed;
}

/** A member asks for a check-in in a room they belong to (removed or not: care is not a privilege). */
export function canRequestCheckIn(actor: { membership: object | null }): Decision {
  return actor.membership ? allowed : forbidden("You can ask the moderators of a room you have joined.");
}
