"use client";
import { useState } from "react";
import { request } from "@/lib/client/request";
import type { BlockedMember } from "@/lib/shared/block-types";

/** The people I blocked, each with a way to undo it. */
export function BlockedList({ initial }: { initial: BlockedMember[] }) {
  const [blocked, setBlocked] = useState(initial);
  const [problem, setProblem] = useState<string>();
  if (blocked.length === 0) return <p className="text-muted">You haven&apos;t blocked anyone.</p>;
  return (
    <>
      <ul className="flex flex-col gap-2">
        {blocked.map((person) => (
          <li
            key={person.id}
            className="flex items-center justify-between gap-3 rounded-xl border border-line bg-surface px-4 py-2"
          >
            <span>{person.pseudonym}</span>
            <button
              type="button"
              onClick={async () => {
                setProblem(undefined);
                const result = await request("DELETE", `/api/blocks/${encodeURIComponent(person.id)}`);
                if (result.ok) setBlocked((list) => list.filter((item) => item.id !== person.id));
                else setProblem("We couldn't unblock just now. Please try again.");
              }}
              className="min-h-9 rounded-xl border border-line px-3"
            >
              Unblock {person.pseudonym}
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
