"use client";
import { useState } from "react";
import { request } from "@/lib/client/request";

interface MutedPerson {
  id: string;
  pseudonym: string;
}

/** The people whose messages I hide for myself, each with a way to undo it. */
export function MutedList({ initial }: { initial: MutedPerson[] }) {
  const [muted, setMuted] = useState(initial);
  const [problem, setProblem] = useState<string>();
  if (muted.length === 0) return <p className="text-muted">You haven&apos;t muted anyone.</p>;
  return (
    <>
      <ul className="flex flex-col gap-2">
        {muted.map((person) => (
          <li
            key={person.id}
            className="flex items-center justify-between gap-3 rounded-xl border border-line bg-surface px-4 py-2"
          >
            <span>{person.pseudonym}</span>
            <button
              type="button"
              onClick={async () => {
                setProblem(undefined);
                const result = await request(
                  "DELETE",
                  `/api/personal-mutes/${encodeURIComponent(person.id)}`,
                );
                if (result.ok) setMuted((list) => list.filter((item) => item.id !== person.id));
                else setProblem("We couldn't unmute just now. Please try again.");
              }}
              className="min-h-9 rounded-xl border border-line px-3"
            >
              Unmute {person.pseudonym}
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="text-caution">
          {problem}
        </p>
      )}
    </>
  );
}
