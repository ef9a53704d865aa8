"use client";
// Reminders by notification, only when the person asks: the browser's own permission, then this
// browser's subscription stored with Hearth. Saying no, or a browser without push, is fine.
import { useState } from "react";
import { subscribeThisBrowser, type SubscribeProblem } from "@/lib/client/push-subscription";
import { request } from "@/lib/client/request";
import { errorWords } from "@/lib/client/error-words";

const problems: Record<SubscribeProblem, string> = {
  unsupported: "This browser can't show reminders as notifications. Reminders inside Hearth still come.",
  unavailable: "Notifications are not available right now. Please try later.",
  denied: "Notifications are off for Hearth in this browser. Reminders inside Hearth still come.",
  failed: "This browser could not set up notifications. Reminders inside Hearth still come.",
};

export function PushConsent() {
  const [state, setState] = useState<"idle" | "asking" | "on" | "problem">("idle");
  const [problem, setProblem] = useState("");

  async function turnOn() {
    setState("asking");
    const fail = (text: string) => {
      setProblem(text);
      setState("problem");
    };
    const subscribed = await subscribeThisBrowser();
    if (!subscribed.ok) return fail(problems[subscribed.problem]);
    const saved = await request("POST", "/api/push-subscriptions", subscribed.subscription);
    if (!saved.ok) return fail(errorWords(saved.error));
    setState("on");
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
