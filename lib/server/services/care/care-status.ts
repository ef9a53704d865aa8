// What the member who may need care is told, live, on the care card and the check-in page: the
// state of their newest care item, said in plain words (lib/shared/care-words.ts). Any change is
// announced to the member's open pages as `care:status`; they ask again for the state.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatorAround } from "@/lib/server/services/duty/on-duty";
import { publisher } from "@/lib/server/services/publisher";
import { careState } from "@/lib/shared/care-state";
import type { CareItemKind, CareStatus } from "@/lib/shared/care-types";
import { parseInput } from "@/lib/shared/parse-input";
import { careStatusQuerySchema } from "@/lib/shared/schemas/care";

/** The care card speaks of today's requests, not of last week's. */
const CARD_HOURS = 24;

/** The member who may need care is told their care status changed (pile-on items: nothing to tell). */
export function announceCareChange(item: {
  kind: CareItemKind;
  roomId: string;
  memberId: string | null;
  checkInId: string | null;
}): void {
  if (!item.memberId || item.kind === "pile_on") return;
  publisher().toUser(item.memberId, "care:status", { roomId: item.roomId, checkInId: item.checkInId });
}

/** announceCareChange for an item known by its id. */
export async function announceCareStatus(itemId: string): Promise<void> {
  const item = await db().careItem.findUnique({
    where: { id: itemId },
    select: { kind: true, roomId: true, memberId: true, checkInId: true },
  });
  if (item) announceCareChange(item);
}

export async function careStatusFor(actor: MemberActor, rawInput: unknown): Promise<CareStatus> {
  const query = parseInput(careStatusQuerySchema, rawInput);
  const item = await db().careItem.findFirst({
    where: {
      memberId: actor.userId,
      ...("checkInId" in query
        ? { checkInId: query.checkInId }
        : {
            roomId: query.roomId,
            kind: { in: ["crisis", "check_in_request"] },
            createdAt: { gte: new Date(Date.now() - CARD_HOURS * 3_600_000) },
          }),
    },
    orderBy: { createdAt: "desc" },
    select: {
      roomId: true,
      firstWroteAt: true,
      writingAt: true,
      firstOpenedAt: true,
      circlesTried: true,
      alerts: { select: { deliveries: { select: { status: true } } } },
    },
  });
  if (!item) return { state: "none", checkInId: null };
  const [onDuty, checkIn] = await Promise.all([
    moderatorAround(item.roomId),
    db().checkIn.findFirst({
      where: { roomId: item.roomId, memberId: actor.userId, status: "open" },
      select: { id: true },
    }),
  ]);
  const state = careState({
    ...item,
    moderatorOnDuty: onDuty,
    deliveries: item.alerts.flatMap((alert) => alert.deliveries.map((delivery) => delivery.status)),
  });
  return { state, checkInId: checkIn?.id ?? null };
}
