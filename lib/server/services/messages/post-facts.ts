// What the posting policies need about one person in one room, plus who has a block with them
// (the block rule's SQL form), the room's session in progress, and newcomer trust's facts and
// thresholds (trust-policies.ts; the thresholds row is read here, in the same query, so every
// process sees an admin's change at its next batch): read for many requests in one query. A send
// reads them only to say why it was not stored (decision 0033); edits and history read them first.
import { Prisma } from "@/generated/prisma/client";
import { rawQuery } from "@/lib/server/database/raw-query";
import { batched } from "@/lib/server/database/batched";
import { databaseQueueBounds } from "@/lib/server/database/database-errors";
import { blockedRelationsSql } from "@/lib/server/policies/block-policies";
import {
  canPost,
  type Decision,
  type MembershipFacts,
  type RoomFacts,
} from "@/lib/server/policies/room-policies";
import {
  canPostDuringSession,
  sessionInProgressSql,
  type SessionInProgress,
} from "@/lib/server/policies/session-policies";
import { defaultTrust, type TrustFacts } from "@/lib/server/policies/trust-policies";

export type PostFacts = RoomFacts & {
  roomId: string;
  blockedRelations: string[];
  session: SessionInProgress | null;
} & (({ inRoom: true; role: "member" | "moderator" } & MembershipFacts & TrustFacts) | { inRoom: false });

type Row = RoomFacts &
  MembershipFacts &
  TrustFacts & {
    roomId: string | null;
    inRoom: boolean;
    role: "member" | "moderator";
    blockedRelations: string[];
    sessionFound: boolean;
  } & SessionInProgress;

const readBatch = batched(
  async (requests: { roomId: string; userId: string }[]): Promise<(PostFacts | undefined)[]> => {
    const rows = await rawQuery<Row>(
      Prisma.sql`
      SELECT r.id AS "roomId", r."guidelinesVersion", r."lockedAt", r."slowModeSeconds", r."archivedAt",
             m.id IS NOT NULL AS "inRoom", m.role::text AS role, m."listenOnly", m."guidelinesAcceptedVersion", m."mutedUntil", m."removedAt", m."leftAt", m."lastPostedAt",
             ${blockedRelationsSql(Prisma.sql`i.user_id`)} AS "blockedRelations",
             s.id IS NOT NULL AS "sessionFound", s."openedAt", s."pausedAt", s."floorUserId"::text AS "floorUserId", s."facilitatorIds",
             r.careful, m."postCount", m."joinedAt", u."createdAt" AS "accountCreatedAt",
             (u."siteRole" = 'admin' OR (m.role = 'moderator' AND m."removedAt" IS NULL)) IS TRUE AS moderates,
             (SELECT coalesce(sum(pm."postCount"), 0)::int FROM "Membership" pm WHERE pm."userId" = i.user_id) AS "postsAnywhere",
             coalesce(t."newcomerMessages", ${defaultTrust.newcomerMessages}::int) AS "newcomerMessages",
             coalesce(t."newcomerHours", ${defaultTrust.newcomerHours}::int) AS "newcomerHours",
             coalesce(t."linkAccountHours", ${defaultTrust.linkAccountHours}::int) AS "linkAccountHours",
             coalesce(t."linkMessages", ${defaultTrust.linkMessages}::int) AS "linkMessages"
      FROM unnest(${requests.map((r) => r.roomId)}::uuid[], ${requests.map((r) => r.userId)}::uuid[]) WITH ORDINALITY AS i(room_id, user_id, ord)
      LEFT JOIN "Room" r ON r.id = i.room_id
      LEFT JOIN "Membership" m ON m."roomId" = i.room_id AND m."userId" = i.user_id
      LEFT JOIN "User" u ON u.id = i.user_id
      LEFT JOIN "TrustSettings" t ON t.id = 1
      LEFT JOIN LATERAL (
        SELECT o.id, o."openedAt", o."pausedAt", o."floorUserId",
               ARRAY(SELECT f."userId"::text FROM "SessionFacilitator" f WHERE f."sessionId" = o."sessionId") AS "facilitatorIds"
        FROM "SessionOccurrence" o
        WHERE ${sessionInProgressSql(Prisma.sql`i.room_id`)}
        ORDER BY o."startsAt" LIMIT 1
      ) s ON true
      ORDER BY i.ord`,
      { name: "hearth-post-facts" },
    );
    return rows.map((row): PostFacts | undefined => {
      if (!row.roomId) return undefined;
      const { sessionFound, openedAt, pausedAt, floorUserId, facilitatorIds, ...facts } = row;
      const session = sessionFound ? { openedAt, pausedAt, floorUserId, facilitatorIds } : null;
      return { ...facts, roomId: row.roomId, session } as PostFacts;
    });
  },
  { maxSize: 200, concurrency: 2, ...databaseQueueBounds },
);

export function readPostFacts(roomId: string, userId: string): Promise<PostFacts | undefined> {
  return readBatch({ roomId, userId });
}

/** Whether this person may write in the room now: the room's rules, then its session's. */
export function postingDecision(facts: PostFacts, userId: string, now = new Date()): Decision {
  const room = canPost(facts.inRoom ? facts : null, facts, now);
  if (!room.allowed || !facts.inRoom) return room;
  return canPostDuringSession({ userId, role: facts.role }, facts.session);
}
