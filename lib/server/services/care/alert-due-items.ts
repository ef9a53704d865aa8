// Raising alert rounds: a new care item's first round, and each escalation after
// CARE_ESCALATE_AFTER_MINUTES while nobody has opened it. Due items are claimed with FOR UPDATE
// SKIP LOCKED inside the transaction that writes their alerts and pushes, so with several
// processes each round is written once, and a process that stops mid-way writes nothing.
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { careCircles, nextCareRound } from "@/lib/server/policies/care-alert-policies";
import { careCandidates } from "@/lib/server/services/care/care-candidates";
import { announceCareChange } from "@/lib/server/services/care/care-status";
import type { CareItemKind } from "@/lib/shared/care-types";

type Tx = Prisma.TransactionClient;

interface DueItem {
  id: string;
  kind: CareItemKind;
  roomId: string;
  memberId: string | null;
  messageId: bigint | null;
  checkInId: string | null;
  circlesTried: number;
}

/** Items claimed per transaction; more wait for the next turn (a second later at most). */
const BATCH = 20;

/**
 * Whether what the item is about was dealt with without anyone opening it (its reports resolved,
 * its check-in answered or closed); when a moderator did it, that counts as their first look.
 */
async function dealtWith(tx: Tx, item: DueItem): Promise<{ at: Date; byId: string | null } | null> {
  if (item.kind === "check_in_request") {
    const checkIn = item.checkInId
      ? await tx.checkIn.findUnique({
          where: { id: item.checkInId },
          select: {
            status: true,
            awaitingModerator: true,
            closedAt: true,
            closedById: true,
            lastActivityAt: true,
          },
        })
      : null;
    if (!checkIn) return { at: new Date(), byId: null };
    if (checkIn.status === "closed") return { at: checkIn.closedAt ?? new Date(), byId: checkIn.closedById };
    return checkIn.awaitingModerator ? null : { at: checkIn.lastActivityAt, byId: null };
  }
  if (item.messageId === null) return { at: new Date(), byId: null };
  const open = await tx.report.count({
    where: {
      messageId: item.messageId,
      status: "open",
      ...(item.kind === "crisis" ? { reason: "self_harm_risk" } : { source: "pile_on" }),
    },
  });
  if (open > 0) return null;
  const resolved = await tx.report.findFirst({
    where: { messageId: item.messageId, resolvedAt: { not: null } },
    orderBy: { resolvedAt: "asc" },
    select: { resolvedAt: true, resolvedById: true },
  });
  return { at: resolved?.resolvedAt ?? new Date(), byId: resolved?.resolvedById ?? null };
}

async function closeDealtWith(tx: Tx, item: DueItem, done: { at: Date; byId: string | null }) {
  const byModerator = done.byId !== null && done.byId !== item.memberId;
  await tx.careItem.update({
    where: { id: item.id },
    data: {
      closedAt: new Date(),
      alertDueAt: null,
      ...(byModerator && { firstOpenedAt: done.at, firstOpenedById: done.byId }),
    },
  });
}

/** Writes the next round's alerts (one per person) and pushes (one per device); schedules the next. */
async function raiseRound(tx: Tx, item: DueItem, now: Date): Promise<void> {
  // Alerts are written only with a round, so before the first one there are none to look for.
  const [candidates, alerted] = await Promise.all([
    careCandidates(tx, item.roomId, item.memberId),
    item.circlesTried === 0
      ? []
      : tx.careAlert.findMany({ where: { itemId: item.id }, select: { userId: true } }),
  ]);
  const already = new Set(alerted.flatMap((alert) => (alert.userId ? [alert.userId] : [])));
  const round = nextCareRound(candidates, already, item.circlesTried, now);
  if (!round) {
    await tx.careItem.update({
      where: { id: item.id },
      data: { circlesTried: careCircles.length, alertDueAt: null },
    });
    return;
  }
  await tx.careAlert.createMany({
    data: round.userIds.map((userId) => ({ itemId: item.id, userId, circle: round.circle })),
    skipDuplicates: true,
  });
  const alerts = await tx.careAlert.findMany({
    where: { itemId: item.id, userId: { in: round.userIds } },
    select: {
      id: true,
      user: { select: { pushSubscriptions: { where: { careAlerts: true }, select: { id: true } } } },
    },
  });
  await tx.careDelivery.createMany({
    data: alerts.flatMap((alert) =>
      (alert.user?.pushSubscriptions ?? []).map((subscription) => ({
        alertId: alert.id,
        subscriptionId: subscription.id,
      })),
    ),
    skipDuplicates: true,
  });
  const seconds = env().CARE_ESCALATE_AFTER_MINUTES * 60;
  if (round.circlesTried < careCircles.length)
    await tx.$executeRaw`UPDATE "CareItem" SET "circlesTried" = ${round.circlesTried},
      "alertDueAt" = now() + make_interval(secs => ${seconds}) WHERE id = ${item.id}::uuid`;
  else
    await tx.careItem.update({
      where: { id: item.id },
      data: { circlesTried: round.circlesTried, alertDueAt: null },
    });
}

/** Claims the items due now, writes their rounds, and tells each member where things stand. */
export async function alertDueItems(now = new Date()): Promise<number> {
  // Most of the time nothing is due: one indexed look, and no transaction, costs every process little.
  const [{ due }] = await db().$queryRaw<[{ due: boolean }]>`
    SELECT EXISTS (SELECT 1 FROM "CareItem"
      WHERE "alertDueAt" <= now() AND "firstOpenedAt" IS NULL AND "closedAt" IS NULL) AS due`;
  if (!due) return 0;
  const handled = await db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<DueItem[]>`
      SELECT id::text AS id, kind::text AS kind, "roomId"::text AS "roomId", "memberId"::text AS "memberId",
             "messageId", "checkInId"::text AS "checkInId", "circlesTried"
      FROM "CareItem"
      WHERE "alertDueAt" <= now() AND "firstOpenedAt" IS NULL AND "closedAt" IS NULL
      ORDER BY "alertDueAt"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    for (const item of due) {
      const done = await dealtWith(tx, item);
      if (done) await closeDealtWith(tx, item, done);
      else await raiseRound(tx, item, now);
    }
    return due;
  });
  // Told from the rows just claimed: nothing to read again.
  for (const item of handled) announceCareChange(item);
  return handled.length;
}
