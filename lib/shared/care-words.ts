// What a member is told about their request for care: plain words, true now, never a promise of
// a time (docs/decisions/0025). The crisis lines stay beside these words whatever they say.
import type { CareState } from "@/lib/shared/care-types";

export const careStateWords: Record<Exclude<CareState, "none">, string> = {
  wrote: "A moderator has written to you.",
  writing: "A moderator is writing to you now.",
  seen: "A moderator has seen it.",
  on_duty: "A moderator is on duty, and it is waiting in their list for them to see.",
  alerted: "No moderator is on duty right now. We have sent them an alert.",
  alerting: "No moderator is on duty right now. We are sending them an alert.",
  not_reached:
    "No moderator is on duty right now, and we could not alert one. A moderator will see it when they are next here.",
};

/** How long "is writing" stays true after the moderator's last keystroke signal. */
export const WRITING_FRESH_SECONDS = 30;
