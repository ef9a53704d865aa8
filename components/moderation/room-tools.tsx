"use client";
import { useId, useState } from "react";
import { useReasonedAction } from "@/lib/client/use-reasoned-action";
import type { WireRoom } from "@/lib/shared/chat-types";
import type { RoomPerson } from "@/lib/shared/moderation-types";

const slowModeChoices = [
  [0, "Off"],
  [10, "10 seconds"],
  [30, "30 seconds"],
  [60, "1 minute"],
  [300, "5 minutes"],
] as const;

/** A room's controls for its moderators. Every action asks for a reason and is logged. */
export function RoomTools({
  room,
  people,
  viewerId,
}: {
  room: WireRoom;
  people: RoomPerson[];
  viewerId: string;
}) {
  const id = useId();
  const { reason, setReason, outcome, act: send } = useReasonedAction("/api/mod/actions");
  const [minutes, setMinutes] = useState(60);
  const [guidelines, setGuidelines] = useState(room.guidelines);
  const act = (body: Record<string, unknown>, done: string) => send(body, { done });

  return (
    <details className="rounded-2xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-semibold">Moderator tools</summary>
      <div className="mt-4 flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-reason`} className="font-medium">
            Reason (needed for every action, and logged)
          </label>
          <input
            id={`${id}-reason`}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={500}
            className="min-h-11 rounded-xl border border-line bg-canvas px-3"
          />
        </div>
        <div role="status" className="empty:hidden">
          {outcome && <p className={outcome.ok ? "text-accent" : "text-caution"}>{outcome.text}</p>}
        </div>

        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="font-medium">Room</legend>
          <label className="flex flex-col gap-1 text-sm">
            Slow mode
            <select
              defaultValue={room.slowModeSeconds}
              onChange={(event) =>
                act(
                  { action: "slow_mode", roomId: room.id, seconds: Number(event.target.value) },
                  "Slow mode changed.",
                )
              }
              className="min-h-11 rounded-xl border border-line bg-canvas px-2"
            >
              {slowModeChoices.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              act(
                { action: "lock", roomId: room.id, locked: !room.locked },
                room.locked ? "The room is open again." : "The room is read-only now.",
              )
            }
            className="min-h-11 rounded-xl border border-line px-3"
          >
            {room.locked ? "Unlock the room" : "Lock the room (read-only)"}
          </button>
          <button
            type="button"
            aria-pressed={Boolean(room.careful)}
            onClick={() =>
              act(
                { action: "careful", roomId: room.id, careful: !room.careful },
                room.careful
                  ? "Newcomers' messages now appear at once."
                  : "Newcomers' first messages now wait for a moderator.",
              )
            }
            className="min-h-11 rounded-xl border border-line px-3"
          >
            {room.careful ? "Stop being a careful room" : "Make it a careful room"}
          </button>
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-guidelines`} className="font-medium">
            Guidelines (one per line; members accept a new version before posting again)
          </label>
          <textarea
            id={`${id}-guidelines`}
            value={guidelines}
            onChange={(event) => setGuidelines(event.target.value)}
            rows={5}
            className="rounded-xl border border-line bg-canvas p-2"
          />
          <button
            type="button"
            onClick={() =>
              act({ action: "edit_guidelines", roomId: room.id, guidelines }, "Guidelines saved.")
            }
            className="min-h-11 self-start rounded-xl border border-line px-3"
          >
            Save guidelines
          </button>
        </div>

        <div className="flex flex-col gap-2">
          <h3 className="font-medium">People</h3>
          <label className="flex items-center gap-2 text-sm">
            Mute length in minutes
            <input
              type="number"
              min={1}
              max={10080}
              value={minutes}
              onChange={(event) => setMinutes(Number(event.target.value))}
              className="min-h-11 w-24 rounded-xl border border-line bg-canvas px-2"
            />
          </label>
          <ul className="flex flex-col gap-2">
            {people
              .filter((person) => person.userId !== viewerId)
              .map((person) => {
                const target = { roomId: room.id, userId: person.userId };
                return (
                  <li
                    key={person.userId}
                    className="flex flex-wrap items-center gap-2 rounded-xl border border-line p-2 text-sm"
                  >
                    <span className="font-semibold">{person.pseudonym}</span>
                    {person.role === "moderator" && <span className="text-muted">moderator</span>}
                    {person.mutedUntil && (
                      <span className="text-caution">
                        muted until{" "}
                        {new Date(person.mutedUntil).toLocaleTimeString([], {
                          hour: "2-digit",
                          minute: "2-digit",
                        })}
                      </span>
                    )}
                    {person.removed && <span className="text-caution">removed</span>}
                    <span className="flex flex-wrap gap-1">
                      {!person.removed && (
                        <>
                          <button
                            type="button"
                            onClick={() =>
                              act({ action: "warn", ...target }, `${person.pseudonym} was warned.`)
                            }
                            className="min-h-9 rounded-xl border border-line px-2"
                          >
                            Warn
                          </button>
                          {person.mutedUntil ? (
                            <button
                              type="button"
                              onClick={() =>
                                act({ action: "unmute", ...target }, `${person.pseudonym} can post again.`)
                              }
                              className="min-h-9 rounded-xl border border-line px-2"
                            >
                              Lift mute
                            </button>
                          ) : (
                            <button
                              type="button"
                              onClick={() =>
                                act(
                                  { action: "mute", ...target, minutes },
                                  `${person.pseudonym} is muted for ${minutes} minutes.`,
                                )
                              }
                              className="min-h-9 rounded-xl border border-line px-2"
                            >
                              Mute {person.pseudonym}
                            </button>
                          )}
                          <button
                            type="button"
                            onClick={() =>
                              act({ action: "remove", ...target }, `${person.pseudonym} was removed.`)
                            }
                            className="min-h-9 rounded-xl border border-line px-2"
                          >
                            Remove
                          </button>
                        </>
                      )}
                      {person.removed && (
                        <button
                          type="button"
                          onClick={() =>
                            act({ action: "lift_removal", ...target }, `${person.pseudonym} may join again.`)
                          }
                          className="min-h-9 rounded-xl border border-line px-2"
                        >
                          Lift removal
                        </button>
                      )}
                    </span>
                  </li>
                );
              })}
          </ul>
        </div>
      </div>
    </details>
  );
}
