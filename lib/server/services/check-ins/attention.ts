// What waits for this person, for the calm indicator in the header: for moderators the crisis
// and pile-on items, items handed to them, and check-ins waiting for a moderator in the rooms they
// moderate; for everyone, unread notices and check-ins with a moderator's words not yet read.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatedRoomsWhere } from "@/lib/server/policies/moderation-policies";
import { countAppealsToReview } from "@/lib/server/services/appeals/list-appeals";
import type { Attention } from "@/lib/shared/check-in-types";

export async function attentionFor(actor: MemberActor): Promise<Attention> {
  const rooms = moderatedRoomsWhere(actor);
  const [unreadCheckIns, unreadNotices, appealsToReview, crisisMessages, handedToMe, waiting] =
    await Promise.all([
      db().checkIn.count({ where: { memberId: actor.userId, memberUnread: true } }),
      db().notice.count({ where: { userId: actor.userId, readAt: null } }),
      countAppealsToReview(actor),
      db().report.groupBy({
        by: ["messageId"],
        // Priority: someone may be in danger, or several people turned on one.
        where: { status: "open", OR: [{ reason: "self_harm_risk" }, { source: "pile_on" }], room: rooms },
      }),
      db().report.groupBy({ by: ["messageId"], where: { status: "open", assignedToId: actor.userId } }),
      db().checkIn.count({
        where: { status: "open", awaitingModerator: true, room: rooms, memberId: { not: actor.userId } },
      }),
    ]);
  const items = new Set([...crisisMessages, ...handedToMe].map((row) => row.messageId));
  return { priorityItems: items.size + waiting, unreadCheckIns, unreadNotices, appealsToReview };
}
