// Everyone who may moderate a room (its moderators, appointed whether or not they joined it, and
// the admins): the people moderatorsOfRoomWhere picks, found through two indexes in one statement.
// PostgreSQL cannot use an index for that filter's OR with a subquery, so asked as a filter it
// read every person's row, on every report, held message and crisis; asked as two queries it
// cost two statements where one does. tests/integration/policy-forms-agree.test.ts checks that
// both pick the same people.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { moderatorMembershipSql } from "@/lib/server/policies/moderation-policies";

/** The ids of a room's moderators and the admins, as rows of "userId" (for joining onto). */
export function roomModeratorIdsSql(roomId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT id AS "userId" FROM "User" WHERE "siteRole" = 'admin'
    UNION
    SELECT m."userId" FROM "Membership" m WHERE m."roomId" = ${roomId}::uuid AND ${moderatorMembershipSql}`;
}

export async function moderatorIdsOfRoom(
  client: Pick<PrismaClient, "$queryRaw">,
  roomId: string,
): Promise<string[]> {
  const rows = await client.$queryRaw<{ userId: string }[]>`
    SELECT "userId"::text AS "userId" FROM (${roomModeratorIdsSql(roomId)}) moderators`;
  return rows.map((row) => row.userId);
}
