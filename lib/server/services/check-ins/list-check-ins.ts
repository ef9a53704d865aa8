// The check-ins a person takes part in: their own, and, for moderators, those in the rooms they
// moderate (waiting for a moderator first). Opening one as its member marks it read.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatedRoomsWhere } from "@/lib/server/policies/moderation-policies";
import { checkInFor, checkInSelect, toWireCheckIn } from "@/lib/server/services/check-ins/check-in-records";
import { publisher } from "@/lib/server/services/publisher";
import type { WireCheckIn } from "@/lib/shared/check-in-types";
import { parseInput } from "@/lib/shared/parse-input";
import { checkInRefSchema } from "@/lib/shared/schemas/check-in";

const recentClosed = 20;

export async function listCheckIns(
  actor: MemberActor,
): Promise<{ mine: WireCheckIn[]; moderating: WireCheckIn[] }> {
  const [mine, moderating] = await Promise.all([
    db().checkIn.findMany({
      where: { memberId: actor.userId },
      orderBy: { lastActivityAt: "desc" },
      take: 50,
      select: checkInSelect,
    }),
    db().checkIn.findMany({
      where: {
        room: moderatedRoomsWhere(actor),
        memberId: { not: actor.userId },
        OR: [{ status: "open" }, { closedAt: { gte: new Date(Date.now() - 7 * 24 * 3600 * 1000) } }],
      },
      orderBy: [{ awaitingModerator: "desc" }, { lastActivityAt: "desc" }],
      take: 50 + recentClosed,
      select: checkInSelect,
    }),
  ]);
  return { mine: mine.map(toWireCheckIn), moderating: moderating.map(toWireCheckIn) };
}

export async function readCheckIn(actor: MemberActor, rawInput: unknown): Promise<WireCheckIn> {
  const input = parseInput(checkInRefSchema, rawInput);
  const checkIn = await checkInFor(db(), actor, input.checkInId, "see");
  if (checkIn.memberId === actor.userId) {
    const { count } = await db().checkIn.updateMany({
      where: { id: checkIn.id, memberUnread: true },
      data: { memberUnread: false },
    });
    // Their other pages' header stops saying a moderator wrote.
    if (count > 0) publisher().toUser(actor.userId, "attention:changed");
  }
  return toWireCheckIn(
    await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id }, select: checkInSelect }),
  );
}
