"use client";
import { PeopleWithUndo } from "@/components/settings/people-with-undo";
import type { BlockedMember } from "@/lib/shared/block-types";

/** The people I blocked, each with a way to undo it. */
export function BlockedList({ initial }: { initial: BlockedMember[] }) {
  return (
    <PeopleWithUndo
      initial={initial}
      empty="You haven't blocked anyone."
      undo="Unblock"
      undoUrl={(id) => `/api/blocks/${encodeURIComponent(id)}`}
    />
  );
}
