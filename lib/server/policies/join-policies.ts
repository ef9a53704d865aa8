// Who may join a room, as a member or a listener: a pure function over the facts, tested as a
// table (join-policies.test.ts). The caller counts the people in the room under the room's row
// lock, so two people cannot both take its last place.
import type { Decision, MembershipFacts, RoomFacts } from "@/lib/server/policies/room-policies";

export type JoinMembershipFacts = Pick<MembershipFacts, "removedAt" | "leftAt" | "guidelinesAcceptedVersion">;
export type JoinRoomFacts = Pick<RoomFacts, "archivedAt"> & { capacity: number };

export interface JoinRequest {
  /** The person accepts the room's current guidelines with this join. */
  acceptingGuidelines: boolean;
  /** Joining (or staying) as a listener: reading asks for no guidelines, writing does. */
  listening: boolean;
  /** Members and listeners in the room now (not left, not removed): both take a place. */
  activeCount: number;
  /**
   * The person may moderate the room (canModerateRoom): capacity keeps rooms small for the people
   * sharing in them, never the people keeping them safe out (an appointed moderator arriving at a
   * full room, a facilitator at their session).
   */
  moderates?: boolean;
}

const allowed: Decision = { allowed: true };

export function canJoin(
  membership: JoinMembershipFacts | null,
  room: JoinRoomFacts,
  request: JoinRequest,
): Decision {
  // An archived room is gone for everyone, so it answers like a room that never existed.
  if (room.archivedAt) return { allowed: false, code: "not_found", message: "We couldn't find that room." };
  if (membership?.removedAt) {
    const message = "A moderator removed you from this room. You can't rejoin it for now.";
    return { allowed: false, code: "removed", message };
  }
  // Listening needs no guidelines: a newcomer may read before agreeing to anything. Joining to
  // write asks for them once; a newer version is asked for before writing (canPost).
  if (!request.listening && membership?.guidelinesAcceptedVersion == null && !request.acceptingGuidelines) {
    const message = "Please read the room's guidelines and accept them to join.";
    return { allowed: false, code: "guidelines_required", message };
  }
  // Someone already in the room keeps their place when switching between member and listener.
  const alreadyIn = membership !== null && membership.leftAt === null;
  if (!alreadyIn && !request.moderates && request.activeCount >= room.capacity) {
    const message = "This room is full right now. Rooms stay small so everyone can be heard.";
    return { allowed: false, code: "room_full", message };
  }
  return allowed;
}
