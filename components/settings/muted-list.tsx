"use client";
import { PeopleWithUndo } from "@/components/settings/people-with-undo";

/** The people whose messages I hide for myself, each with a way to undo it. */
export function MutedList({ initial }: { initial: { id: string; pseudonym: string }[] }) {
  return (
    <PeopleWithUndo
      initial={initial}
      empty="You haven't muted anyone."
      undo="Unmute"
      undoUrl={(id) => `/api/personal-mutes/${encodeURIComponent(id)}`}
    />
  );
}
