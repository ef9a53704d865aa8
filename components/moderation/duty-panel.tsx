"use client";
// Going on duty: members of my rooms see that a moderator is around (never who); colleagues see
// who covers which rooms; after two hours Hearth suggests a break.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { request } from "@/lib/client/request";
import { clockTime } from "@/lib/client/time-words";
import { errorWords } from "@/lib/client/error-words";

interface Covering {
  pseudonym: string;
  since: string;
  rooms: string[] | "every room";
}

const breakAfterMs = 120 * 60_000;

export function DutyPanel({ shift, covering }: { shift: { since: string } | null; covering: Covering[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 60_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);

  async function setDuty(onDuty: boolean) {
    setPending(true);
    setProblem(undefined);
    const result = await request("POST", "/api/mod/duty", { onDuty });
    setPending(false);
    if (result.ok) router.refresh();
    else setProblem(errorWords(result.error));
  }

  const since = shift ? new Date(shift.since) : null;
  const timeForBreak = since !== null && now !== null && now - since.getTime() >= breakAfterMs;
  return (
    <section
      aria-labelledby="duty-heading"
      className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4"
    >
      <h2 id="duty-heading" className="font-semibold">
        On duty
      </h2>
      {since ? (
        <p>
          You are on duty since {now === null ? "" : clockTime(since)}. Members of your rooms see that a
          moderator is around, not who.
        </p>
      ) : (
        <p>Go on duty so members of your rooms know a moderator is around. Your name is not shown to them.</p>
      )}
      {timeForBreak && (
        <p role="status" className="rounded-xl bg-accent-soft p-3">
          You have been on duty for two hours. Time for a break? Looking after yourself is part of looking
          after the room.
        </p>
      )}
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
      <button
        type="button"
        disabled={pending}
        onClick={() => void setDuty(!since)}
        className="min-h-11 self-start rounded-xl border border-line px-4"
      >
        {since ? "End my shift" : "Go on duty"}
      </button>
      <div>
        <h3 className="text-sm font-medium">Covering now</h3>
        {covering.length === 0 ? (
          <p className="text-sm text-muted">Nobody is on duty for your rooms right now.</p>
        ) : (
          <ul className="text-sm">
            {covering.map((person) => (
              <li key={person.pseudonym}>
                {person.pseudonym}: {person.rooms === "every room" ? "every room" : person.rooms.join(", ")}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
