"use client";
import { useEffect, useState } from "react";
import { sessionStage, type SessionStage, type WireRoomSession } from "@/lib/shared/session-types";

/** Where the session stands now; moves on by itself at the start and end times. */
export function useSessionStage(session: WireRoomSession | null | undefined): {
  stage: SessionStage | null;
  now: Date;
} {
  const [now, setNow] = useState(() => new Date());
  const startsAt = session?.startsAt;
  const endsAt = session?.endsAt;
  useEffect(() => {
    if (!startsAt || !endsAt) return;
    // A session that arrives (or changes) while the page is open is judged by the clock now,
    // not by the clock when the page opened.
    const first = setTimeout(() => setNow(new Date()), 0);
    const timers = [startsAt, endsAt]
      .map((iso) => new Date(iso).getTime() - Date.now() + 100)
      .filter((ms) => ms > 0 && ms < 2 ** 31 - 1)
      .map((ms) => setTimeout(() => setNow(new Date()), ms));
    const tick = setInterval(() => setNow(new Date()), 30_000);
    return () => {
      clearTimeout(first);
      timers.forEach(clearTimeout);
      clearInterval(tick);
    };
  }, [startsAt, endsAt]);
  return { stage: session ? sessionStage(session, now) : null, now };
}
