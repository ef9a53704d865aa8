"use client";
// A room's sessions, for its moderators: schedule one (once or weekly, one or two facilitators,
// a line about the theme), see what is coming, cancel.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { SessionStart } from "@/components/sessions/session-start";
import { request } from "@/lib/client/request";
import type { FieldErrors } from "@/lib/shared/errors";
import { errorWords } from "@/lib/client/error-words";

export interface ScheduledSessionView {
  id: string;
  theme: string;
  weekly: boolean;
  durationMinutes: number;
  nextStartsAt: string | null;
  facilitators: { id: string; pseudonym: string }[];
}

const durations = [45, 60, 90, 120] as const;

export function ScheduleSessions({
  roomId,
  sessions,
  moderators,
  viewerId,
}: {
  roomId: string;
  sessions: ScheduledSessionView[];
  /** The room's moderators, who may facilitate. */
  moderators: { id: string; pseudonym: string }[];
  viewerId: string;
}) {
  const id = useId();
  const router = useRouter();
  const [theme, setTheme] = useState("");
  const [startsNow, setStartsNow] = useState(false);
  const [startsAt, setStartsAt] = useState("");
  const [duration, setDuration] = useState<number>(90);
  const [weekly, setWeekly] = useState(false);
  const [facilitatorIds, setFacilitatorIds] = useState<string[]>(
    moderators.some((person) => person.id === viewerId) ? [viewerId] : [],
  );
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const [fields, setFields] = useState<FieldErrors>({});
  const timeZone = typeof Intl === "undefined" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function schedule(event: React.FormEvent) {
    event.preventDefault();
    const answer = await request("POST", "/api/sessions", {
      roomId,
      theme,
      startsAt: startsNow ? "now" : startsAt,
      timeZone,
      durationMinutes: duration,
      weekly,
      facilitatorIds,
    });
    if (answer.ok) {
      setOutcome({ ok: true, text: "The session is scheduled." });
      setFields({});
      setTheme("");
      router.refresh();
    } else {
      setOutcome({ ok: false, text: errorWords(answer.error) });
      setFields(answer.error.fields ?? {});
    }
  }

  async function cancel(sessionId: string) {
    const answer = await request("POST", "/api/sessions/cancel", { sessionId });
    setOutcome(
      answer.ok
        ? { ok: true, text: "The session is cancelled." }
        : { ok: false, text: errorWords(answer.error) },
    );
    if (answer.ok) router.refresh();
  }

  const toggleFacilitator = (personId: string) =>
    setFacilitatorIds((chosen) =>
      chosen.includes(personId) ? chosen.filter((other) => other !== personId) : [...chosen, personId],
    );
  const fieldProblem = (name: string) =>
    fields[name] && (
      <span id={`${id}-${name}-problem`} className="text-sm text-caution">
        {fields[name]}
      </span>
    );

  return (
    <details className="rounded-2xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-semibold">Sessions</summary>
      <div className="mt-4 flex flex-col gap-4">
        {sessions.length === 0 ? (
          <p className="text-muted">No sessions are scheduled in this room.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {sessions.map((session) => (
              <li
                key={session.id}
                className="flex flex-wrap items-center gap-2 rounded-xl border border-line p-3"
              >
                <span className="flex-1">
                  {session.nextStartsAt && <SessionStart startsAt={session.nextStartsAt} />} · {session.theme}
                  {session.weekly ? " · every week" : ""} · {session.durationMinutes} min · with{" "}
                  {session.facilitators.map((person) => person.pseudonym).join(" and ")}
                </span>
                <button
                  type="button"
                  onClick={() => void cancel(session.id)}
                  className="min-h-11 rounded-xl border border-line px-3 text-sm"
                >
                  Cancel “{session.theme}”
                </button>
              </li>
            ))}
          </ul>
        )}

        <form onSubmit={schedule} className="flex flex-col gap-3" noValidate>
          <h3 className="font-semibold">Schedule a session</h3>
          <label className="flex flex-col gap-1">
            Theme, in a line
            <input
              value={theme}
              onChange={(event) => setTheme(event.target.value)}
              maxLength={200}
              required
              aria-invalid={Boolean(fields.theme)}
              aria-describedby={fields.theme ? `${id}-theme-problem` : undefined}
              className="min-h-11 rounded-xl border border-line bg-canvas px-3"
            />
            {fieldProblem("theme")}
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={startsNow}
              onChange={(event) => setStartsNow(event.target.checked)}
            />
            Start now
          </label>
          {!startsNow && (
            <label className="flex flex-col gap-1">
              Starts (your time: {timeZone})
              <input
                type="datetime-local"
                value={startsAt}
                onChange={(event) => setStartsAt(event.target.value)}
                required
                aria-invalid={Boolean(fields.startsAt)}
                aria-describedby={fields.startsAt ? `${id}-startsAt-problem` : undefined}
                className="min-h-11 rounded-xl border border-line bg-canvas px-3"
              />
              {fieldProblem("startsAt")}
            </label>
          )}
          <label className="flex flex-col gap-1">
            Length
            <select
              value={duration}
              onChange={(event) => setDuration(Number(event.target.value))}
              className="min-h-11 rounded-xl border border-line bg-canvas px-2"
            >
              {durations.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes} minutes
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={weekly} onChange={(event) => setWeekly(event.target.checked)} />
            Every week at this time
          </label>
          <fieldset
            className="flex flex-col gap-1"
            aria-describedby={fields.facilitatorIds ? `${id}-facilitatorIds-problem` : undefined}
          >
            <legend>Facilitators (one or two of the room&apos;s moderators)</legend>
            {moderators.map((person) => (
              <label key={person.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={facilitatorIds.includes(person.id)}
                  onChange={() => toggleFacilitator(person.id)}
                />
                {person.id === viewerId ? `${person.pseudonym} (you)` : person.pseudonym}
              </label>
            ))}
            {fieldProblem("facilitatorIds")}
          </fieldset>
          <button type="submit" className="min-h-11 self-start rounded-xl bg-accent px-4 text-accent-ink">
            Schedule the session
          </button>
          <p role="status" className={outcome?.ok === false ? "text-caution" : "text-accent"}>
            {outcome?.text}
          </p>
        </form>
      </div>
    </details>
  );
}
