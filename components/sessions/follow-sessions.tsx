"use client";
import { useState } from "react";
import { calendarHref } from "@/components/sessions/next-session";
import { PushConsent } from "@/components/sessions/push-consent";
import { request } from "@/lib/client/request";
import { errorWords } from "@/lib/client/error-words";

/** Follow a room's sessions (a reminder before each), and keep one in a calendar. */
export function FollowSessions({
  roomId,
  sessionId,
  initiallyFollowing,
}: {
  roomId: string;
  sessionId: string;
  initiallyFollowing: boolean;
}) {
  const [following, setFollowing] = useState(initiallyFollowing);
  const [problem, setProblem] = useState("");
  async function toggle() {
    const answer = await request<{ following: boolean }>("POST", "/api/sessions/follow", {
      roomId,
      following: !following,
    });
    if (answer.ok) {
      setFollowing(answer.data.following);
      setProblem("");
    } else setProblem(errorWords(answer.error));
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-pressed={following}
          onClick={() => void toggle()}
          className="min-h-11 rounded-xl border border-line px-3 text-sm"
        >
          {following ? "Following this room's sessions" : "Follow this room's sessions"}
        </button>
        <a href={calendarHref(sessionId)} className="min-h-11 content-center px-1 text-sm underline">
          Add to my calendar (.ics)
        </a>
      </div>
      <p role="status" className="text-sm text-muted">
        {problem || (following ? "Hearth will remind you shortly before each session while it is open." : "")}
      </p>
      {following && <PushConsent />}
    </div>
  );
}
