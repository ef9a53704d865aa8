"use client";
// Why this person cannot write here right now, in words the composer shows in its place, or
// undefined when they can. A mute shows the time left and lifts by itself the moment it ends.
import { useEffect, useState } from "react";
import { clockTime } from "@/lib/client/time-words";
import type { WireMembership } from "@/lib/shared/chat-types";

export function useComposerHold(
  membership: WireMembership | undefined,
  locked: boolean,
  /** The session's reason, when it keeps this reader from writing (not begun, paused, someone has the floor). */
  sessionHoldReason: string | undefined,
): string | undefined {
  const mutedUntilIso = membership?.mutedUntil ?? null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!mutedUntilIso) return;
    const first = setTimeout(() => setNow(Date.now()), 0);
    const tick = setInterval(() => setNow(Date.now()), 15_000);
    const end = setTimeout(() => setNow(Date.now()), new Date(mutedUntilIso).getTime() - Date.now() + 250);
    return () => {
      clearTimeout(first);
      clearInterval(tick);
      clearTimeout(end);
    };
  }, [mutedUntilIso]);
  const mutedUntil = mutedUntilIso ? new Date(mutedUntilIso) : null;
  const minutesLeft = mutedUntil ? Math.ceil((mutedUntil.getTime() - now) / 60_000) : 0;
  return !membership
    ? undefined
    : membership.listenOnly
      ? "You are listening only. Choose “Join as a member” above to write."
      : mutedUntil && minutesLeft > 0
        ? `A moderator paused your messages here until ${clockTime(mutedUntil)} (${minutesLeft} min left).`
        : locked
          ? "This room is read-only for now."
          : sessionHoldReason;
}
