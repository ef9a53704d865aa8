// Sending care alerts: each push to one device is a CareDelivery row, claimed for a while
// (claimedUntil) by the process that sends it, so no two processes send it at once and one that
// stops mid-way leaves it for another. The push service's answer decides what follows: taken
// (accepted); the device is gone, 404/410 (the subscription is forgotten); no answer in time, a
// 429 or a 5xx (tried again after 0.5, 1 and 2 s, then failed: the alert is urgent, and the next
// circle is alerted anyway if nobody looks); anything else (failed).
import { db } from "@/lib/server/db";
import { sendWebPush } from "@/lib/server/push/web-push";
import { announceCareStatus } from "@/lib/server/services/care/care-status";

/** Tries per push: the first and three more. */
export const MAX_PUSH_ATTEMPTS = 4;
/** A claim outlives one push (5 s at most) by far: a process that stopped gives it up by then. */
const CLAIM_SECONDS = 30;

export interface ClaimedDelivery {
  id: string;
  attempts: number;
  itemId: string;
  roomName: string;
  subscriptionId: string | null;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
}

/** What a care alert push carries: no words of any message and no pseudonym (lock screens are public). */
export interface CarePush {
  type: "care";
  title: string;
  /** Where a click on the notification goes: the item, after sign-in. */
  url: string;
  tag: string;
}

export function carePush(itemId: string, roomName: string): CarePush {
  return {
    type: "care",
    title: `Someone in ${roomName} may need care`,
    url: `/mod/care/${itemId}`,
    tag: `care-${itemId}`,
  };
}

export async function claimDueDeliveries(limit: number): Promise<ClaimedDelivery[]> {
  return db().$queryRaw<ClaimedDelivery[]>`
    WITH claimed AS (
      UPDATE "CareDelivery" d
      SET "claimedUntil" = now() + make_interval(secs => ${CLAIM_SECONDS}), attempts = d.attempts + 1
      WHERE d.id IN (
        SELECT id FROM "CareDelivery"
        WHERE status = 'pending' AND "nextAttemptAt" <= now()
          AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING d.id, d.attempts, d."alertId", d."subscriptionId"
    )
    SELECT c.id::text AS id, c.attempts, i.id::text AS "itemId", r.name AS "roomName",
           c."subscriptionId"::text AS "subscriptionId", s.endpoint, s.p256dh, s.auth
    FROM claimed c
    JOIN "CareAlert" a ON a.id = c."alertId"
    JOIN "CareItem" i ON i.id = a."itemId"
    JOIN "Room" r ON r.id = i."roomId"
    LEFT JOIN "PushSubscription" s ON s.id = c."subscriptionId"`;
}

function retryable(status: number | null): boolean {
  return status === null || status === 429 || status >= 500;
}

/** Sends one claimed push and writes what became of it; says when to try again, if it will be. */
export async function deliverCareAlert(
  delivery: ClaimedDelivery,
  stopping: AbortSignal,
): Promise<{ retryInMs?: number }> {
  const target =
    delivery.endpoint && delivery.p256dh && delivery.auth
      ? { endpoint: delivery.endpoint, p256dh: delivery.p256dh, auth: delivery.auth }
      : null;
  // The device was forgotten meanwhile (its person turned alerts off, or another push found it gone).
  const subscriptionId = delivery.subscriptionId;
  if (!target || !subscriptionId) return finish(delivery, "gone", null);
  const { status, sent } = await sendWebPush(target, carePush(delivery.itemId, delivery.roomName), {
    // An alert is worth showing for an hour; after that the item has escalated or been seen.
    ttlSeconds: 60 * 60,
    urgency: "high",
    topic: `care-${delivery.itemId.replaceAll("-", "").slice(0, 27)}`,
    signal: stopping,
  });
  if (!sent) return finish(delivery, "failed", null);
  if (status !== null && status >= 200 && status < 300) return finish(delivery, "accepted", status);
  if (status === 404 || status === 410) {
    await db().$transaction([
      db().careDelivery.update({
        where: { id: delivery.id },
        data: { status: "gone", lastStatusCode: status, finishedAt: new Date(), claimedUntil: null },
      }),
      // The push service says this device will never take a push again: forget it.
      db().pushSubscription.deleteMany({ where: { id: subscriptionId } }),
    ]);
    await announceCareStatus(delivery.itemId);
    return {};
  }
  if (retryable(status) && delivery.attempts < MAX_PUSH_ATTEMPTS) {
    const backoffSeconds = 2 ** (delivery.attempts - 2);
    await db().$executeRaw`UPDATE "CareDelivery" SET "claimedUntil" = NULL, "lastStatusCode" = ${status},
      "nextAttemptAt" = now() + make_interval(secs => ${backoffSeconds}) WHERE id = ${delivery.id}::uuid`;
    return { retryInMs: backoffSeconds * 1000 };
  }
  return finish(delivery, "failed", status);
}

async function finish(
  delivery: ClaimedDelivery,
  status: "accepted" | "failed" | "gone",
  statusCode: number | null,
): Promise<{ retryInMs?: number }> {
  await db().careDelivery.update({
    where: { id: delivery.id },
    data: { status, lastStatusCode: statusCode, finishedAt: new Date(), claimedUntil: null },
  });
  await announceCareStatus(delivery.itemId);
  return {};
}
