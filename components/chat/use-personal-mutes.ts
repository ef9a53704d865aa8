"use client";
// The people this reader hides for themselves in the room: muting (with an Undo right after),
// and which of them to leave out. Only this reader's view changes; nobody is told.
import { useState } from "react";
import { request } from "@/lib/client/request";
import type { ErrorBody } from "@/lib/shared/errors";

interface Person {
  id: string;
  pseudonym: string;
}

export interface PersonalMutes {
  isMuted(userId: string): boolean;
  /** The person just muted, for the Undo line; null once undone or before any. */
  justMuted: Person | null;
  mute(person: Person): Promise<ErrorBody | null>;
  /** Undoes the mute just made. */
  undo(): Promise<void>;
}

export function usePersonalMutes(initialIds: string[]): PersonalMutes {
  const [mutedIds, setMutedIds] = useState(() => new Set(initialIds));
  const [justMuted, setJustMuted] = useState<Person | null>(null);
  return {
    isMuted: (userId) => mutedIds.has(userId),
    justMuted,
    async mute(person) {
      const result = await request("POST", "/api/personal-mutes", { userId: person.id });
      if (!result.ok) return result.error;
      setMutedIds((ids) => new Set([...ids, person.id]));
      setJustMuted(person);
      return null;
    },
    async undo() {
      const person = justMuted;
      if (!person) return;
      const result = await request("DELETE", `/api/personal-mutes/${encodeURIComponent(person.id)}`);
      if (!result.ok) return;
      setMutedIds((ids) => new Set([...ids].filter((id) => id !== person.id)));
      setJustMuted(null);
    },
  };
}
