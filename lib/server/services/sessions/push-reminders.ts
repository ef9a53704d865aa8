// Web push for session reminders, only for browsers whose person said yes (the browser's own
// permission, then a subscription stored here). web-push does the VAPID signing and the payload
// encryption (RFC 8291). Hearth posts to the address the browser gives, so only the known push
// services' hosts are accepted (PUSH_SERVICE_HOSTS): a member cannot make the server call an
// internal address.
import webpush from "web-push";
import { isIP } from "node:net";
import type { MemberActor } from "@/lib/server/auth/actor";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { pushSubscriptionSchema, removePushSubscriptionSchema } from "@/lib/shared/schemas/session";

/** At most this many browsers per person get pushes (the oldest is forgotten first). */
const MAX_SUBSCRIPTIONS_PER_PERSON = 10;

function isLoopback(host: string): boolean {
  return host === "localhost" || (isIP(host) !== 0 && (host.startsWith("127.") || host === "::1"));
}

export function isKnownPushService(endpoint: string, hosts = env().PUSH_SERVICE_HOSTS): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  const listed = hosts.some((entry) =>
    entry.startsWith("*.") ? host.endsWith(entry.slice(1)) && host.length > entry.length - 1 : host === entry,
  );
  // Plain http only for a loopback push service listed on purpose (a test's own receiver).
  return listed && (url.protocol === "https:" || (url.protocol === "http:" && isLoopback(host)));
}

export function pushPublicKey(): string | null {
  return env().VAPID_PUBLIC_KEY ?? null;
}

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
  const config = env();
  if (userIds.length === 0 || !config.VAPID_PUBLIC_KEY || !config.VAPID_PRIVATE_KEY) return 0;
  const subscriptions = await db().pushSubscription.findMany({
    where: { userId: { in: userIds } },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
  const payload = JSON.stringify(reminder);
  const results = await Promise.allSettled(
    subscriptions
      .filter((subscription) => isKnownPushService(subscription.endpoint))
      .map(async (subscription) => {
        try {
          // web-push signs and encrypts; the request itself goes through fetch, with a deadline.
          const details = webpush.generateRequestDetails(
            {
              endpoint: subscription.endpoint,
              keys: { p256dh: subscription.p256dh, auth: subscription.auth },
            },
            payload,
            {
              vapidDetails: {
                subject: config.VAPID_SUBJECT,
                publicKey: config.VAPID_PUBLIC_KEY!,
                privateKey: config.VAPID_PRIVATE_KEY!,
              },
              // A reminder is no use after the session has started.
              TTL: 15 * 60,
              urgency: "normal",
              topic: reminder.tag.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 32),
            },
          );
          const response = await fetch(details.endpoint, {
            method: details.method,
            headers: details.headers as Record<string, string>,
            body: details.body ? new Uint8Array(details.body) : null,
            redirect: "error",
            signal: AbortSignal.timeout(5_000),
          });
          if (!response.ok)
            throw Object.assign(new Error(`push service said ${response.status}`), {
              statusCode: response.status,
            });
          return true;
        } catch (error) {
          const status = (error as { statusCode?: number }).statusCode;
          if (status === 404 || status === 410)
            await db().pushSubscription.deleteMany({ where: { id: subscription.id } });
          else logger().warn({ status, err: error }, "a session reminder push failed");
          return false;
        }
      }),
  );
  return results.filter((result) => result.status === "fulfilled" && result.value).length;
}

export function generatePushKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}
