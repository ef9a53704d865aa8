// What the posting policy needs about one person in one room, plus who has a block with them
// (the block rule's SQL form) and newcomer trust's facts and thresholds (trust-policies.ts; the
// thresholds row is read here, in the same query, so every process sees an admin's change at
// its next batch): read for many sends in one query.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { batched } from "@/lib/server/database/batched";
import { databaseQueueBounds } from "@/lib/server/database/database-errors";
import { blockedRelationsSql } from "@/lib/server/policies/block-policies";
import type { MembershipFacts, RoomFacts } from "@/lib/server/policies/room-policies";
import { defaultTrust, type TrustFacts } from "@/lib/server/policies/trust-policies";

export type PostFacts = RoomFacts & { roomId: string; blockedRelations: string[] } & (
    ({ inRoom: true } & MembershipFacts & TrustFacts) | { inRoom: false }
  );

type Row = RoomFacts &
  MembershipFacts &
  TrustFacts & { roomId: string | null; inRoom: boolean; blockedRelations: string[] };

const readBatch = batched(
  async (requests: { roomId: string; userId: string }[]): Promise<(PostFacts | undefined)[]> => {
    const rows = await db().$queryRaw<Row[]>`
      SELECT r.id AS "roomId", r."guidelinesVersion", r."lockedAt", r."slowModeSeconds", r."archivedAt",
             m.id IS NOT NULL AS "inRoom", m."listenOnly", m."guidelinesAcceptedVersion", m."mutedUntil", m."removedAt", m."leftAt", m."lastPostedAt",
             ${blockedRelationsSql(Prisma.sql`i.user_id`)} AS "blockedRelations",
             r.careful, m."postCount", m."joinedAt", u."createdAt" AS "accountCreatedAt",
             (u."siteRole" = 'admin' OR (m.role = 'moderator' AND m."removedAt" IS NULL)) IS TRUE AS moderates,
             (SELECT coalesce(sum(pm."postCount"), 0)::int FROM "Membership" pm WHERE pm."userId" = i.user_id) AS "postsAnywhere",
             coalesce(s."newcomerMessages", ${defaultTrust.newcomerMessages}::int) AS "newcomerMessages",
             coalesce(s."newcomerHours", ${defaultTrust.newcomerHours}::int) AS "newcomerHours",
             coalesce(s."linkAccountHours", ${defaultTrust.linkAccountHours}::int) AS "linkAccountHours",
             coalesce(s."linkMessages", ${defaultTrust.linkMessages}::int) AS "linkMessages"
      FROM unnest(${requests.map((r) => r.roomId)}::uuid[], ${requests.map((r) => r.userId)}::uuid[]) WITH ORDINALITY AS i(room_id, user_id, ord)
      LEFT JOIN "Room" r ON r.id = i.room_id
      LEFT JOIN "Membership" m ON m."roomId" = i.room_id AND m."userId" = i.user_id
      LEFT JOIN "User" u ON u.id = i.user_id
      LEFT JOIN "TrustSettings" s ON s.id = 1
      ORDER BY i.ord`;
    return rows.map((row) => (row.roomId ? (row as PostFacts) : undefined));
  },
  { maxSize: 200, concurrency: 2, ...databaseQueueBounds },
);

export function readPostFacts(roomId: string, userId: string): Promise<PostFacts | undefined> {
  return readBatch({ roomId, userId });
}
