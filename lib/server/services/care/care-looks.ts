// A moderator's looks at a care item: opening it (the item's page, the message shown in the
// queue, the check-in thread), writing to the member, and their first words. The first look stops
// the escalation; each step is told to the member live (care-status.ts) and is kept for the care
// figures (care-figures.ts).
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canModerateRoom } from "@/lib/server/policies/moderation-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { announceCareStatus } from "@/lib/server/services/care/care-status";
import { toModerators } from "@/lib/server/services/moderation/moderation-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { careItemRefSchema, careWritingSchema } from "@/lib/shared/schemas/care";

/** A moderator's writing counts towards items raised this recently about the same person. */
const RECENT = "1 day";

/** Throws unless the actor may moderate the room; never about their own care. */
export async function requireCareModerator(actor: MemberActor, roomId: string, memberId: string | null) {
  const membership = await db().membership.findUnique({
    where: { roomId_userId: { roomId, userId: actor.userId } },
    select: { role: true, removedAt: true },
  });
  const decision = canModerateRoom({ siteRole: actor.siteRole, staffPowers: actor.staffPowers, membership });
  // Someone who may not see the item learns nothing about it, not even that it exists.
  if (!decision.allowed || memberId === actor.userId)
    throw new AppError("not_found", "We couldn't find that item.");
}

/** The first moderator to open an item: its escalation stops; the member hears "a moderator has seen it". */
export async function markCareItemOpened(actor: MemberActor, rawInput: unknown): Promise<{ first: boolean }> {
  const { itemId } = parseInput(careItemRefSchema, rawInput);
  const item = await db().careItem.findUnique({
    where: { id: itemId },
    select: { id: true, roomId: true, memberId: true },
  });
  if (!item) throw new AppError("not_found", "We couldn't find that item.");
  await requireCareModerator(actor, item.roomId, item.memberId);
  const { count } = await db().careItem.updateMany({
    where: { id: item.id, firstOpenedAt: null },
    data: { firstOpenedAt: new Date(), firstOpenedById: actor.userId, alertDueAt: null },
  });
  if (count > 0) {
    await announceCareStatus(item.id);
    // The other moderators' queues show who opened it first.
    await toModerators(item.roomId, "attention:changed");
  }
  return { first: count > 0 };
}

async function touchItems(
  roomId: string,
  memberId: string,
  moderatorId: string,
  step: "writing" | "wrote",
): Promise<void> {
  const touched = await db().$queryRaw<{ id: string }[]>`
    UPDATE "CareItem" SET
      "writingAt" = CASE WHEN ${step}::text = 'writing' THEN now() ELSE "writingAt" END,
      "firstWroteAt" = CASE WHEN ${step}::text = 'wrote' THEN now() ELSE "firstWroteAt" END,
      "firstOpenedAt" = COALESCE("firstOpenedAt", now()),
      "firstOpenedById" = COALESCE("firstOpenedById", ${moderatorId}::uuid),
      "alertDueAt" = NULL
    WHERE "roomId" = ${roomId}::uuid AND "memberId" = ${memberId}::uuid AND "firstWroteAt" IS NULL
      AND "createdAt" > now() - ${RECENT}::interval
    RETURNING id::text AS id`;
  for (const { id } of touched) await announceCareStatus(id);
}

/** A moderator is writing to the member (typing in a check-in, or about to open one). */
export async function noteCareWriting(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(careWritingSchema, rawInput);
  await consumeRateLimit("careWritingPerMember", actor.userId);
  await requireCareModerator(actor, input.roomId, input.memberId);
  await touchItems(input.roomId, input.memberId, actor.userId, "writing");
}

/** A moderator's words reached the member in a check-in: the first check-in message, for the figures. */
export async function noteModeratorWrote(checkIn: { roomId: string; memberId: string }, moderatorId: string) {
  await touchItems(checkIn.roomId, checkIn.memberId, moderatorId, "wrote");
}
