// The facts care-alert-policies.ts decides from: everyone who may moderate the room (its
// moderators, appointed whether or not they joined it, and the admins), whether they are on duty,
// and their care alert settings and devices. The person who may need care is never among them.
// One statement: every crisis message raises an item, and reading these facts through Prisma's
// nested relations took eight, each a round trip and a pass through its interpreter
// (docs/performance.md, "sixth session").
import { Prisma } from "@/generated/prisma/client";
import type { CareCandidate } from "@/lib/server/policies/care-alert-policies";
import { moderatorMembershipSql } from "@/lib/server/policies/moderation-policies";
import { roomModeratorIdsSql } from "@/lib/server/services/moderation/room-moderators";

type Tx = Prisma.TransactionClient;

interface CandidateRow {
  userId: string;
  isAdmin: boolean;
  moderatesRoom: boolean;
  onDuty: boolean;
  alertsForRoom: boolean;
  quietFrom: number | null;
  quietUntil: number | null;
  timeZone: string | null;
}

export async function careCandidates(
  tx: Tx,
  roomId: string,
  memberId: string | null,
): Promise<CareCandidate[]> {
  const rows = await tx.$queryRaw<CandidateRow[]>`
    SELECT u.id::text AS "userId",
           u."siteRole" = 'admin' AS "isAdmin",
           EXISTS (SELECT 1 FROM "Membership" m
                   WHERE m."roomId" = ${roomId}::uuid AND m."userId" = u.id AND ${moderatorMembershipSql}) AS "moderatesRoom",
           EXISTS (SELECT 1 FROM "ModeratorShift" s WHERE s."userId" = u.id AND s."endedAt" IS NULL) AS "onDuty",
           (c."userId" IS NOT NULL
             AND (c."allRooms" OR EXISTS (SELECT 1 FROM "CareAlertRoom" r
                                          WHERE r."userId" = u.id AND r."roomId" = ${roomId}::uuid))
             AND EXISTS (SELECT 1 FROM "PushSubscription" p WHERE p."userId" = u.id AND p."careAlerts")) AS "alertsForRoom",
           c."quietFrom", c."quietUntil", c."timeZone"
    FROM (${roomModeratorIdsSql(roomId)}) moderators
    JOIN "User" u ON u.id = moderators."userId"
    LEFT JOIN "CareAlertSettings" c ON c."userId" = u.id
    WHERE u."deletedAt" IS NULL AND u."disabledAt" IS NULL
      AND (${memberId}::uuid IS NULL OR u.id <> ${memberId}::uuid)`;
  return rows.map((row) => ({
    userId: row.userId,
    isAdmin: row.isAdmin,
    moderatesRoom: row.moderatesRoom,
    onDuty: row.onDuty,
    alertsForRoom: row.alertsForRoom,
    quietHours:
      row.quietFrom !== null && row.quietUntil !== null && row.timeZone !== null
        ? { from: row.quietFrom, until: row.quietUntil, timeZone: row.timeZone }
        : null,
  }));
}
