// Who may do what in a room: pure functions over the facts, tested as a table. Where a rule
// must also hold inside a SQL statement, its SQL form sits beside it and a test
// (tests/integration/policy-forms-agree.test.ts) checks that both forms decide alike.
import { Prisma } from "@/generated/prisma/client";
import type { ErrorCode } from "@/lib/shared/errors";

export interface MembershipFacts {
  listenOnly: boolean;
  guidelinesAcceptedVersion: number | null;
  mutedUntil: Date | null;
  removedAt: Date | null;
  leftAt: Date | null;
  lastPostedAt: Date | null;
}

export interface RoomFacts {
  guidelinesVersion: number;
  lockedAt: Date | null;
  slowModeSeconds: number;
  archivedAt: Date | null;
}

export type Decision =
  { allowed: true } | { allowed: false; code: ErrorCode; message: string; retryAfterSeconds?: number };

const allowed: Decision = { allowed: true };
const deny = (code: ErrorCode, message: string, retryAfterSeconds?: number): Decision => ({
  allowed: false,
  code,
  message,
  retryAfterSeconds,
});

/**
 * Seeing a room from outside, as its page shows it to anyone: what it is for, its guidelines, its
 * next session, and their changes live (room:watch). Not its messages or who is in it (canRead).
 */
export function canSeeRoom(membership: Pick<MembershipFacts, "removedAt"> | null, room: RoomFacts): Decision {
  if (room.archivedAt) return deny("not_found", "That room is no longer open.");
  if (membership?.removedAt) return deny("removed", "A moderator removed you from this room.");
  return allowed;
}

/** Reading a room's messages, presence and typing: members and listeners who are in it now. */
export function canRead(membership: MembershipFacts | null, room: RoomFacts): Decision {
  if (room.archivedAt) return deny("not_found", "That room is no longer open.");
  if (membership?.removedAt) return deny("removed", "A moderator removed you from this room.");
  if (!membership || membership.leftAt) return deny("forbidden", "Join the room to read it.");
  return allowed;
}

export function canPost(membership: MembershipFacts | null, room: RoomFacts, now: Date): Decision {
  const reading = canRead(membership, room);
  if (!reading.allowed || !membership) return reading;
  if (membership.listenOnly) return deny("forbidden", "You are listening only. Join as a member to write.");
  if (membership.guidelinesAcceptedVersion !== room.guidelinesVersion) {
    return deny(
      "guidelines_required",
      "The room's guidelines changed. Please read and accept them before writing.",
    );
  }
  if (membership.mutedUntil && membership.mutedUntil > now) {
    const seconds = Math.ceil((membership.mutedUntil.getTime() - now.getTime()) / 1000);
    return deny("muted", "A moderator paused your messages in this room for a while.", seconds);
  }
  if (room.lockedAt) return deny("room_locked", "This room is read-only for now.");
  if (room.slowModeSeconds > 0 && membership.lastPostedAt) {
    const waitMs = membership.lastPostedAt.getTime() + room.slowModeSeconds * 1000 - now.getTime();
    if (waitMs > 0)
      return deny(
        "slow_mode",
        `This room is in slow mode: one message every ${room.slowModeSeconds} seconds.`,
        Math.ceil(waitMs / 1000),
      );
  }
  return allowed;
}

/**
 * canPost as a SQL condition, for the send path's guarded insert: the check and the insert
 * must happen under the same row locks, or a mute or lock arriving in between would be
 * missed (docs/decisions/0005). Only whether a post passes is decided here; canPost gives the
 * reason. Expects the room as `r` ("Room") and the sender's membership as `m` ("Membership",
 * joined, so no membership means no row), and reads the clock as the database's `now()`.
 */
export const canPostSql = Prisma.sql`(
  r."archivedAt" IS NULL
  AND m."removedAt" IS NULL AND m."leftAt" IS NULL
  AND NOT m."listenOnly"
  AND m."guidelinesAcceptedVersion" = r."guidelinesVersion"
  AND (m."mutedUntil" IS NULL OR m."mutedUntil" <= now())
  AND r."lockedAt" IS NULL
  AND (r."slowModeSeconds" = 0 OR m."lastPostedAt" IS NULL
       OR m."lastPostedAt" <= now() - make_interval(secs => r."slowModeSeconds"))
)`;

/** Changing or deleting a message: only its author, and only while it still stands. */
export function canChangeMessage(
  actorId: string,
  message: { authorId: string; deletedAt: Date | null; hiddenAt: Date | null },
): Decision {
  if (message.authorId !== actorId) return deny("forbidden", "You can only change your own messages.");
  if (message.deletedAt) return deny("not_found", "That message was deleted.");
  if (message.hiddenAt) return deny("forbidden", "A moderator hid that message; it can't be changed.");
  return allowed;
}
