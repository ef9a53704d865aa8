// Web push for session reminders, only for browsers whose person said yes (the browser's own
// permission, then a subscription stored here). Sending is lib/server/push/web-push.ts.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { isKnownPushService, sendWebPush } from "@/lib/server/push/web-push";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { pushSubscriptionSchema, removePushSubscriptionSchema } from "@/lib/shared/schemas/session";

/** At most this many browsers per person get pushes (the oldest is forgotten first). */
const MAX_SUBSCRIPTIONS_PER_PERSON = 10;

export async function savePushSubscription(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(pushSubscriptionSchema, rawInput);
  await consumeRateLimit("sessionFollowPerMember", actor.userId);
  if (!isKnownPushService(input.endpoint))
    throw new AppError("invalid_input", "That is not a push service Hearth can use.", {
      fields: { endpoint: "Not a known push service." },
    });
  await db().$transaction(async (tx) => {
    await tx.pushSubscription.upsert({
      where: { endpoint: input.endpoint },
      create: {
        userId: actor.userId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
      },
      update: { userId: actor.userId, p256dh: input.keys.p256dh, auth: input.keys.auth },
    });
    const extra = await tx.pushSubscription.findMany({
      where: { userId: actor.userId },
      orderBy: { createdAt: "desc" },
      skip: MAX_SUBSCRIPTIONS_PER_PERSON,
      select: { id: true },
    });
    if (extra.length > 0)
      await tx.pushSubscription.deleteMany({ where: { id: { in: extra.map((row) => row.id) } } });
  });
}

/** Forgets one browser's subscription (the person said no after all), or all of theirs. */
export async function removePushSubscription(actor: MemberActor, rawInput: unknown): Promise<void> {
  const { endpoint } = parseInput(removePushSubscriptionSchema, rawInput);
  await db().pushSubscription.deleteMany({
    where: { userId: actor.userId, ...(endpoint !== "" && { endpoint }) },
  });
}

export async function hasPushSubscription(userId: string): Promise<boolean> {
  return (await db().pushSubscription.count({ where: { userId } })) > 0;
}

/** What a reminder push carries; public/sw.js turns it into a notification. */
export interface PushReminder {
  roomName: string;
  theme: string;
  startsAt: string;
  /** Where a click on the notification goes (a path in Hearth). */
  url: string;
  tag: string;
}

/** Sends a reminder to every browser of these people; a subscription the service says is gone is forgotten. */
export async function pushToPeople(userIds: string[], reminder: PushReminder): Promise<number> {
  if (userIds.length === 0) return 0;
  const subscriptions = await db().pushSubscription.findMany({
    where: { userId: { in: userIds } },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
  const results = await Promise.all(
    subscriptions.map(async (subscription) => {
      // A reminder is no use after the session has started.
      const { status, sent } = await sendWebPush(subscription, reminder, {
        ttlSeconds: 15 * 60,
        urgency: "normal",
        topic: reminder.tag,
      });
      if (status === 404 || status === 410)
        await db().pushSubscription.deleteMany({ where: { id: subscription.id } });
      else if (sent && (status === null || status >= 300))
        logger().warn({ status }, "a session reminder push failed");
      return status !== null && status >= 200 && status < 300;
    }),
  );
  return results.filter(Boolean).length;
}
