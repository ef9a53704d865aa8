// Everyone who may moderate a room (its moderators, appointed whether or not they joined it, and
// the admins): the people moderatorsOfRoomWhere picks, found through two indexes. PostgreSQL
// cannot use an index for that filter's OR with a subquery, so asked as a filter it read every
// person's row, on every report, held message and crisis. tests/integration/policy-forms-agree.test.ts
// checks that both pick the same people.
import type { PrismaClient } from "@/generated/prisma/client";
import { moderatorMembership } from "@/lib/server/policies/moderation-policies";

export async function moderatorIdsOfRoom(
  client: Pick<PrismaClient, "user" | "membership">,
  roomId: string,
): Promise<string[]> {
  const [admins, moderators] = await Promise.all([
    client.user.findMany({ where: { siteRole: "admin" }, select: { id: true } }),
    client.membership.findMany({ where: { roomId, ...moderatorMembership }, select: { userId: true } }),
  ]);
  return [...new Set([...admins.map((admin) => admin.id), ...moderators.map((each) => each.userId)])];
}
