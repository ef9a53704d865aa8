"use client";
// Every admin and moderator action asks for a reason (it goes to the audit log), posts, and
// on success refreshes the server-rendered page so it shows the new state.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { request, type RequestMethod } from "@/lib/client/request";
import type { ErrorBody } from "@/lib/shared/errors";
import { errorWords } from "@/lib/client/error-words";

export interface ActionOutcome {
  text: string;
  ok: boolean;
}

export interface ActOptions {
  /** What to tell the person when it worked; nothing is shown when left out. */
  done?: string;
  url?: string;
  method?: RequestMethod;
}

export interface ReasonedAction {
  reason: string;
  setReason: (reason: string) => void;
  pending: boolean;
  /** The last action's result, for a status line. */
  outcome?: ActionOutcome;
  /** Sends `body` with the reason; resolves true when the server accepted it. */
  act: (body: Record<string, unknown>, options?: ActOptions) => Promise<boolean>;
}

/** `url` is where actions go unless one says otherwise; `onDone` replaces the page refresh. */
export function useReasonedAction(url: string, onDone?: () => void): ReasonedAction {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome>();

  async function act(body: Record<string, unknown>, options: ActOptions = {}): Promise<boolean> {
    setPending(true);
    setOutcome(undefined);
    const result = await request(options.method ?? "POST", options.url ?? url, { ...body, reason });
    setPending(false);
    if (!result.ok) {
      setOutcome({ text: problemText(result.error), ok: false });
      return false;
    }
    if (options.done) setOutcome({ text: options.done, ok: true });
    if (onDone) onDone();
    else router.refresh();
    return true;
  }

  return { reason, setReason, pending, outcome, act };
}

/**
 * A missing reason is the usual problem, and the reason is this hook's own field, so it is
 * named on its own; any other problem is told by the server's message, which names the field.
 */
export function problemText(error: ErrorBody): string {
  return error.fields?.reason ?? errorWords(error);
}
