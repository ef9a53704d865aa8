"use client";
// A room's session, as its members see it: when the next one is, the room waiting for a
// facilitator, the circle's prompts, a pause or a given floor, and when it ends. Facilitators
// and the room's moderators also see the controls (facilitator-controls.tsx).
import dynamic from "next/dynamic";
import { NextSession, facilitatedBy } from "@/components/sessions/next-session";
import { clockTime } from "@/lib/client/time-words";
import {
  CHECK_IN_PROMPT,
  CHECK_OUT_PROMPT,
  type SessionStage,
  type WireRoomSession,
} from "@/lib/shared/session-types";

// Only facilitators and moderators run a session, and only upcoming ones are followed: loaded when shown.
const FacilitatorControls = dynamic(() =>
  import("@/components/sessions/facilitator-controls").then((m) => m.FacilitatorControls),
);
const FollowSessions = dynamic(() =>
  import("@/components/sessions/follow-sessions").then((m) => m.FollowSessions),
);

export function SessionPanel({
  roomId,
  session,
  stage,
  viewerId,
  hosts,
  slowModeOn,
  present,
  following,
  mayWrite,
  inRoom,
  onPass,
  onBegun,
  now,
}: {
  roomId: string;
  session: WireRoomSession;
  stage: SessionStage;
  viewerId: string;
  /** The viewer may run the session (a facilitator, or one of the room's moderators). */
  hosts: boolean;
  slowModeOn: boolean;
  present: { id: string; pseudonym: string }[];
  following: boolean;
  /** The viewer can write now (for "Pass"). */
  mayWrite: boolean;
  /** The viewer is in the room as a member (a host outside it comes in by beginning). */
  inRoom: boolean;
  onPass: () => void;
  /** The viewer began the session, and so is now a member of the room. */
  onBegun: () => void;
  now: Date;
}) {
  if (stage === "ended") return null;
  const facilitators = facilitatedBy(session);
  const until = `Until ${clockTime(new Date(session.endsAt))}.`;
  const prompt =
    session.phase === "check_in" ? CHECK_IN_PROMPT : session.phase === "check_out" ? CHECK_OUT_PROMPT : null;
  const floorIsMine = session.floor?.id === viewerId;

  return (
    <section
      aria-label="Session"
      className="flex flex-col gap-3 rounded-2xl border border-accent bg-accent-soft p-4"
    >
      {stage === "upcoming" && (
        <>
          <NextSession session={session} />
          <FollowSessions roomId={roomId} sessionId={session.sessionId} initiallyFollowing={following} />
        </>
      )}
      {stage === "waiting" && (
        <div role="status" className="flex flex-col gap-1">
          <p className="font-semibold">The session “{session.theme}” starts when a facilitator arrives.</p>
          <p>
            Until then the room is quiet and read-only, so nobody is left without support. You are welcome to
            wait here.
          </p>
        </div>
      )}
      {stage === "running" && (
        <div className="flex flex-col gap-2">
          <p>
            <span className="font-semibold">Session: {session.theme}.</span> {facilitators} {until}
          </p>
          <div role="status" className="flex flex-col gap-1">
            {prompt && (
              <p>
                <span className="font-semibold">
                  {session.phase === "check_in" ? "Check-in" : "Check-out"}:
                </span>{" "}
                {prompt} A few words are enough, or you can pass.
              </p>
            )}
            {session.paused && (
              <p>The facilitator paused the room for a moment. You can read; writing comes back soon.</p>
            )}
            {!session.paused && session.floor && (
              <p>
                {floorIsMine
                  ? "You have the floor. Take your time."
                  : `${session.floor.pseudonym} has the floor. You can read along, and write again when the floor opens.`}
              </p>
            )}
          </div>
          {prompt && mayWrite && (
            <button
              type="button"
              onClick={onPass}
              className="min-h-11 self-start rounded-xl border border-line bg-surface px-3 text-sm"
            >
              Pass
            </button>
          )}
        </div>
      )}
      {hosts && (
        <FacilitatorControls
          session={session}
          stage={stage}
          slowModeOn={slowModeOn}
          present={present}
          inRoom={inRoom}
          onBegun={onBegun}
          now={now}
        />
      )}
    </section>
  );
}
