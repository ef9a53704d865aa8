// Whether someone holds a staff role: an admin, or an appointed moderator of a room they were
// not removed from (the role canModerateRoom asks about, whatever the session).
import { moderatorMembership } from "@/lib/server/policies/moderation-policies";
import { db } from "@/lib/server/db";

export async function holdsStaffRole(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { siteRole: true, memberships: { where: moderatorMembership, select: { id: true }, take: 1 } },
  });
  return Boolean(user && (user.siteRole === "admin" || user.memberships.length > 0));
}
