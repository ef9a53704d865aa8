// What a room's session means for writing in it: pure functions, tested as a table
// (session-policies.test.ts), with the SQL form the send path checks under its locks beside it
// (tests/integration/policy-forms-agree.test.ts checks that both decide alike).
import { Prisma } from "@/generated/prisma/client";
import type { Decision } from "@/lib/server/policies/room-policies";

/** The occurrence in progress in a room (started, not ended, not closed), as the send path reads it. */
export interface SessionInProgress {
  openedAt: Date | null;
  pausedAt: Date | null;
  floorUserId: string | null;
  facilitatorIds: string[];
}

export interface SessionWriter {
  userId: string;
  role: "member" | "moderator";
}

const allowed: Decision = { allowed: true };

/**
 * Facilitators always write. Before one begins, the room waits, read-only, except for its
 * moderators (they can say the facilitator is on their way). Once begun, a pause stops everyone
 * else, and a given floor leaves only its holder.
 */
export function canPostDuringSession(writer: SessionWriter, session: SessionInProgress | null): Decision {
  if (!session || session.facilitatorIds.includes(writer.userId)) return allowed;
  if (!session.openedAt) {
    if (writer.role === "moderator") return allowed;
    return {
      allowed: false,
      code: "session_waiting",
      message: "The session starts when a facilitator arrives. You can read, and write once it begins.",
    };
  }
  if (session.pausedAt)
    return {
      allowed: false,
      code: "room_paused",
      message: "The facilitator paused the room for a moment. You can write again when it resumes.",
    };
  if (session.floorUserId && session.floorUserId !== writer.userId)
    return {
      allowed: false,
      code: "floor_given",
      message: "Someone has the floor just now. You can write again when the facilitator opens it.",
    };
  return allowed;
}

/** The occurrence in progress in room `roomId` (a SQL expression), as a row subquery's condition. */
export function sessionInProgressSql(roomId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`o."roomId" = ${roomId} AND o."startsAt" <= now() AND o."endsAt" > now() AND o."closedAt" IS NULL`;
}

/**
 * canPostDuringSession as a SQL condition for the send path's guarded insert. Expects the room as
 * `r` and the sender's membership as `m`, like canPostSql.
 */
export const canPostDuringSessionSql = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM "SessionOccurrence" o
  WHERE ${sessionInProgressSql(Prisma.sql`r.id`)}
    AND NOT EXISTS (SELECT 1 FROM "SessionFacilitator" f WHERE f."sessionId" = o."sessionId" AND f."userId" = m."userId")
    AND ((o."openedAt" IS NULL AND m.role <> 'moderator')
         OR (o."openedAt" IS NOT NULL AND o."pausedAt" IS NOT NULL)
         OR (o."openedAt" IS NOT NULL AND o."floorUserId" IS NOT NULL AND o."floorUserId" <> m."userId"))
)`;
