"use client";
import { useEffect, useState } from "react";
import { clockTime, sessionStartInWords } from "@/lib/client/time-words";

/**
 * A session's time on the viewer's own clock ("Tonight, 19:00"). The server does not know the
 * viewer's zone, so the words are written once the page runs in the browser.
 */
export function SessionStart({ startsAt, endsAt }: { startsAt: string; endsAt?: string }) {
  const [words, setWords] = useState<string>();
  useEffect(() => {
    const say = () => {
      const now = new Date();
      const inProgress = endsAt && new Date(startsAt) <= now && now < new Date(endsAt);
      setWords(inProgress ? `Now, until ${clockTime(new Date(endsAt))}` : sessionStartInWords(startsAt, now));
    };
    say();
    const timer = setInterval(say, 60_000);
    return () => clearInterval(timer);
  }, [startsAt, endsAt]);
  return <time dateTime={startsAt}>{words ?? "\u2026"}</time>;
}
