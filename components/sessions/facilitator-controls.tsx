"use client";
// A running session's controls, for its facilitators and the room's moderators: one click each.
import { useId, useState } from "react";
import { request } from "@/lib/client/request";
import type { SessionStage, WireRoomSession } from "@/lib/shared/session-types";
import { errorWords } from "@/lib/client/error-words";

export function FacilitatorControls({
  session,
  stage,
  slowModeOn,
  present,
  inRoom,
  onBegun,
  now,
}: {
  session: WireRoomSession;
  stage: SessionStage;
  /** The panel's clock (it ticks), so "Begin" appears by itself 15 minutes before the start. */
  now: Date;
  slowModeOn: boolean;
  /** Members here now, who may be given the floor. */
  present: { id: string; pseudonym: string }[];
  /** The viewer is in the room as a member; if not, beginning brings them in. */
  inRoom: boolean;
  onBegun: () => void;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState("");
  const [floorTo, setFloorTo] = useState("");
  const act = async (body: Record<string, unknown>, done: string) => {
    const answer = await request("POST", "/api/sessions/control", {
      occurrenceId: session.occurrenceId,
      ...body,
    });
    setOutcome(answer.ok ? done : errorWords(answer.error));
    return answer.ok;
  };
  const shape = "min-h-11 rounded-xl border border-line px-3 text-sm";
  // One background per button: two (bg-surface and bg-accent) let the stylesheet's order pick, and
  // it picked light text on a light surface.
  const button = `${shape} bg-surface`;
  const startsSoon = new Date(session.startsAt).getTime() - now.getTime() <= 15 * 60_000;

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-2 rounded-2xl border border-line p-3"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        Facilitating
      </h3>
      {stage !== "running" ? (
        startsSoon ? (
          <>
            <button
              type="button"
              onClick={async () => {
                if (await act({ action: "begin" }, "The session has begun.")) onBegun();
              }}
              className={`${shape} self-start bg-accent text-accent-ink`}
            >
              Begin the session
            </button>
            {!inRoom && (
              <p className="text-sm text-muted">
                Beginning brings you into the room as a member, to lead it under the room&apos;s guidelines.
              </p>
            )}
          </>
        ) : (
          <p className="text-sm text-muted">You can begin the session from 15 minutes before its start.</p>
        )
      ) : (
        <div className="flex flex-wrap gap-2">
          {session.phase === "check_in" && (
            <button
              type="button"
              onClick={() => act({ action: "sharing" }, "Check-in is over; the room is open for sharing.")}
              className={button}
            >
              Move on to sharing
            </button>
          )}
          {session.phase !== "check_out" && (
            <button
              type="button"
              onClick={() => act({ action: "check_out" }, "Check-out has begun.")}
              className={button}
            >
              Begin check-out
            </button>
          )}
          <button
            type="button"
            onClick={() =>
              act(
                session.paused ? { action: "resume" } : { action: "pause" },
                session.paused ? "The room is open again." : "The room is paused.",
              )
            }
            className={button}
          >
            {session.paused ? "Resume the room" : "Pause the room"}
          </button>
          <button
            type="button"
            aria-pressed={slowModeOn}
            onClick={() =>
              act(
                { action: "slow_mode", on: !slowModeOn },
                slowModeOn ? "Slow mode is off." : "Slow mode is on.",
              )
            }
            className={button}
          >
            {slowModeOn ? "Slow mode: on" : "Slow mode: off"}
          </button>
          <button
            type="button"
            onClick={() => act({ action: "end" }, "The session has ended.")}
            className={button}
          >
            End the session
          </button>
        </div>
      )}
      {stage === "running" && (
        <div className="flex flex-wrap items-end gap-2">
          {session.floor ? (
            <button
              type="button"
              onClick={() => act({ action: "open_floor" }, "The floor is open to everyone.")}
              className={button}
            >
              Open the floor to everyone
            </button>
          ) : (
            <>
              <label className="flex flex-col gap-1 text-sm">
                Give the floor to
                <select
                  value={floorTo}
                  onChange={(event) => setFloorTo(event.target.value)}
                  className="min-h-11 rounded-xl border border-line bg-canvas px-2"
                >
                  <option value="">Choose someone here</option>
                  {present.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.pseudonym}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                disabled={!floorTo}
                onClick={() => act({ action: "give_floor", userId: floorTo }, "The floor is given.")}
                className={button}
              >
                Give the floor
              </button>
            </>
          )}
        </div>
      )}
      <p role="status" className="text-sm text-muted">
        {outcome}
      </p>
    </section>
  );
}
