// What moderators see on a care item: when it was raised, who was alerted (in which circle) and
// when, and who opened it first. Alerts name colleagues only; the member is named by the queue.
import type { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { careCircles } from "@/lib/server/policies/care-alert-policies";
import { requireCareModerator } from "@/lib/server/services/care/care-looks";
import type { CareTrail } from "@/lib/shared/care-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { careItemRefSchema } from "@/lib/shared/schemas/care";

const trailSelect = {
  id: true,
  kind: true,
  createdAt: true,
  circlesTried: true,
  messageId: true,
  checkInId: true,
  firstOpenedAt: true,
  firstOpenedBy: { select: { pseudonym: true } },
  alerts: {
    orderBy: { createdAt: "asc" },
    select: { circle: true, createdAt: true, user: { select: { pseudonym: true } } },
  },
} as const satisfies Prisma.CareItemSelect;

type TrailRow = Prisma.CareItemGetPayload<{ select: typeof trailSelect }>;

function toTrail(row: TrailRow): CareTrail {
  return {
    itemId: row.id,
    kind: row.kind,
    raisedAt: row.createdAt.toISOString(),
    alerts: row.alerts.map((alert) => ({
      pseudonym: alert.user?.pseudonym ?? "A former moderator",
      circle: alert.circle,
      at: alert.createdAt.toISOString(),
    })),
    firstOpened: row.firstOpenedAt
      ? {
          pseudonym: row.firstOpenedBy?.pseudonym ?? "A former moderator",
          at: row.firstOpenedAt.toISOString(),
        }
      : null,
    nobodyReachable: row.alerts.length === 0 && row.circlesTried >= careCircles.length,
  };
}

/** The trails of the crisis and pile-on items about these messages, by message id (crisis first). */
export async function careTrailsByMessage(messageIds: bigint[]): Promise<Map<string, CareTrail>> {
  if (messageIds.length === 0) return new Map();
  const rows = await db().careItem.findMany({
    where: { messageId: { in: messageIds } },
    // Enum order, reversed: crisis comes last and wins for a message that has both items.
    orderBy: [{ kind: "desc" }],
    select: trailSelect,
  });
  const trails = new Map<string, CareTrail>();
  for (const row of rows) if (row.messageId !== null) trails.set(row.messageId.toString(), toTrail(row));
  return trails;
}

/** The trail of the check-in request item of this check-in, if the member asked for it. */
export async function careTrailOfCheckIn(checkInId: string): Promise<CareTrail | null> {
  const row = await db().careItem.findUnique({ where: { checkInId }, select: trailSelect });
  return row && toTrail(row);
}

/** One item's trail and what it is about, for its own page: the room's moderators only. */
export async function careItemForModerator(actor: MemberActor, rawInput: unknown) {
  const { itemId } = parseInput(careItemRefSchema, rawInput);
  const row = await db().careItem.findUnique({
    where: { id: itemId },
    select: {
      ...trailSelect,
      roomId: true,
      memberId: true,
      room: { select: { id: true, name: true, slug: true } },
      member: { select: { pseudonym: true } },
    },
  });
  if (!row) throw new AppError("not_found", "We couldn't find that item.");
  await requireCareModerator(actor, row.roomId, row.memberId);
  return {
    trail: toTrail(row),
    room: row.room,
    memberId: row.memberId,
    member: row.member,
    messageId: row.messageId?.toString() ?? null,
    checkInId: row.checkInId,
  };
}
