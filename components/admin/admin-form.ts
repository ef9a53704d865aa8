// What the /admin forms share: their look, and reading a submitted form's fields.
import type { FormEvent } from "react";
import type { ReasonedAction } from "@/lib/client/use-reasoned-action";

export const field = "min-h-11 rounded-xl border border-line bg-canvas px-3";
export const button = "min-h-11 rounded-xl border border-line px-3";

/** Sends an admin action with the panel's one reason (see useReasonedAction). */
export type AdminAct = ReasonedAction["act"];

/** Keeps the browser from navigating and returns the form's named fields. */
export function formValues(event: FormEvent<HTMLFormElement>): Record<string, string> {
  event.preventDefault();
  return Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
}
