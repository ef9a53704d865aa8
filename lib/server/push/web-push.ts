// Sending one web push (session reminders, care alerts). web-push does the VAPID signing and the
// payload encryption (RFC 8291, aes128gcm); the request itself goes through fetch with a deadline,
// so a slow push service costs its caller a bounded wait and nobody else anything. Hearth posts to
// the address a browser gives, so only the known push services' hosts are accepted
// (PUSH_SERVICE_HOSTS): a member cannot make the server call an internal address.
import webpush from "web-push";
import { isIP } from "node:net";
import { env } from "@/lib/env";

/** How long one push may take before it counts as no answer. */
export const PUSH_TIMEOUT_MS = 5_000;

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

export function generatePushKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushOptions {
  /** How long the push service may keep it for a device that is offline. */
  ttlSeconds: number;
  urgency: "normal" | "high";
  /** A later push with the same topic replaces one not yet delivered. */
  topic: string;
  /** Cancels the request (the process is stopping). */
  signal?: AbortSignal;
}

/**
 * Signs, encrypts and posts one push. Never throws: the answer is the push service's HTTP status,
 * or null when it did not answer within PUSH_TIMEOUT_MS, could not be reached, or Hearth has no
 * VAPID keys or does not know that push service.
 */
export async function sendWebPush(target: PushTarget, payload: object, options: PushOptions) {
  const config = env();
  if (!config.VAPID_PUBLIC_KEY || !config.VAPID_PRIVATE_KEY || !isKnownPushService(target.endpoint))
    return { status: null, sent: false };
  try {
    const details = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify(payload),
      {
        vapidDetails: {
          subject: config.VAPID_SUBJECT,
          publicKey: config.VAPID_PUBLIC_KEY,
          privateKey: config.VAPID_PRIVATE_KEY,
        },
        TTL: options.ttlSeconds,
        urgency: options.urgency,
        topic: options.topic.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 32),
      },
    );
    const deadline = AbortSignal.timeout(PUSH_TIMEOUT_MS);
    const response = await fetch(details.endpoint, {
      method: details.method,
      headers: details.headers as Record<string, string>,
      body: details.body ? new Uint8Array(details.body) : null,
      redirect: "error",
      signal: options.signal ? AbortSignal.any([deadline, options.signal]) : deadline,
    });
    // The body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, sent: true };
  } catch {
    return { status: null, sent: true };
  }
}
