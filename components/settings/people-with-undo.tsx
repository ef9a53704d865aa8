"use client";
// A list of people I set apart (blocked, muted), each with a way to undo it.
import { useState } from "react";
import { request } from "@/lib/client/request";

interface Person {
  id: string;
  pseudonym: string;
}

interface PeopleWithUndoProps {
  initial: Person[];
  empty: string;
  /** "Unblock", "Unmute": said with the person's name on each button. */
  undo: string;
  /** Where DELETE undoes it for one person. */
  undoUrl: (id: string) => string;
}

export function PeopleWithUndo({ initial, empty, undo, undoUrl }: PeopleWithUndoProps) {
  const [people, setPeople] = useState(initial);
  const [problem, setProblem] = useState<string>();
  if (people.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <>
      <ul className="flex flex-col gap-2">
        {people.map((person) => (
          <li
            key={person.id}
            className="flex items-center justify-between gap-3 rounded-xl border border-line bg-surface px-4 py-2"
          >
            <span>{person.pseudonym}</span>
            <button
              type="button"
              onClick={async () => {
                setProblem(undefined);
                const result = await request("DELETE", undoUrl(person.id));
                if (result.ok) setPeople((list) => list.filter((item) => item.id !== person.id));
                else setProblem(`We couldn't ${undo.toLowerCase()} just now. Please try again.`);
              }}
              className="min-h-9 rounded-xl border border-line px-3"
            >
              {undo} {person.pseudonym}
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
