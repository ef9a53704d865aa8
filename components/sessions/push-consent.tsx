"use client";
// Reminders by notification, only when the person asks: the browser's own permission, then this
// browser's subscription stored with Hearth. Saying no, or a browser without push, is fine.
import { useState } from "react";
import { request } from "@/lib/client/request";

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

export function PushConsent() {
  const [state, setState] = useState<"idle" | "asking" | "on" | "problem">("idle");
  const [problem, setProblem] = useState("");

  async function turnOn() {
    setState("asking");
    const fail = (text: string) => {
      setProblem(text);
      setState("problem");
    };
    if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
      return fail("This browser can't show reminders as notifications. Reminders inside Hearth still come.");
    const key = await request<{ publicKey: string | null }>("GET", "/api/push-subscriptions");
    if (!key.ok || !key.data.publicKey)
      return fail("Notifications are not available right now. Please try later.");
    const permission = await Notification.requestPermission();
    if (permission !== "granted")
      return fail("Notifications are off for Hearth in this browser. Reminders inside Hearth still come.");
    try {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(key.data.publicKey),
      });
      const saved = await request("POST", "/api/push-subscriptions", subscription.toJSON());
      if (!saved.ok) return fail(saved.error.message);
      setState("on");
    } catch {
      fail("This browser could not set up notifications. Reminders inside Hearth still come.");
    }
  }

  return (
    <div className="flex flex-col gap-1">
      {state === "on" ? (
        <p role="status" className="text-sm text-accent">
          This device will show a notification before sessions you follow.
        </p>
      ) : (
        <button
          type="button"
          onClick={() => void turnOn()}
          disabled={state === "asking"}
          className="min-h-11 self-start rounded-xl border border-line px-3 text-sm"
        >
          Also remind me with a notification on this device
        </button>
      )}
      <p role="status" className="text-sm text-muted empty:hidden">
        {state === "problem" ? problem : ""}
      </p>
    </div>
  );
}
