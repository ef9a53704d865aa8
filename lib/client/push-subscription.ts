// This browser's web-push subscription, only after its person asks: the browser's own permission
// prompt, then a subscription to Hearth's key. Used by session reminders and care alerts.
import { request } from "@/lib/client/request";

export type SubscribeProblem = "unsupported" | "unavailable" | "denied" | "failed";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let index = 0; index < raw.length; index += 1) bytes[index] = raw.charCodeAt(index);
  return bytes;
}

/** Asks for permission (the browser's prompt) and subscribes; the subscription is not saved here. */
export async function subscribeThisBrowser(): Promise<
  { ok: true; subscription: PushSubscriptionJSON } | { ok: false; problem: SubscribeProblem }
> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return { ok: false, problem: "unsupported" };
  const key = await request<{ publicKey: string | null }>("GET", "/api/push-subscriptions");
  if (!key.ok || !key.data.publicKey) return { ok: false, problem: "unavailable" };
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return { ok: false, problem: "denied" };
  try {
    const registration = await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(key.data.publicKey),
      }));
    return { ok: true, subscription: subscription.toJSON() };
  } catch {
    return { ok: false, problem: "failed" };
  }
}
