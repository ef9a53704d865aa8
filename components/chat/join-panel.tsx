"use client";
import { CarefulRoomNote } from "@/components/chat/careful-room-note";
import { useState } from "react";
import type { WireRoom } from "@/lib/shared/chat-types";

interface JoinPanelProps {
  room: WireRoom;
  needsGuidelines: boolean;
  error?: string;
  onJoin: (options: { acceptGuidelines?: boolean; listenOnly: boolean }) => Promise<unknown>;
}

/**
 * The way into a room. Listening comes first and asks for nothing; joining to write asks for the
 * room's guidelines, accepted once.
 */
export function JoinPanel({ room, needsGuidelines, error, onJoin }: JoinPanelProps) {
  const [accepted, setAccepted] = useState(!needsGuidelines);
  const [busy, setBusy] = useState(false);
  const join = async (listenOnly: boolean) => {
    setBusy(true);
    await onJoin({ acceptGuidelines: needsGuidelines && !listenOnly ? true : undefined, listenOnly });
    setBusy(false);
  };
  return (
    <div className="flex flex-col gap-4">
      {error && (
        <p role="alert" className="rounded-xl bg-caution-soft px-4 py-3 text-caution">
          {error}
        </p>
      )}
      <section
        aria-labelledby="listen-heading"
        className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5"
      >
        <h2 id="listen-heading" className="text-xl font-semibold">
          Listen first
        </h2>
        <p>You read everything. Others see only that someone is listening, never who.</p>
        <button
          type="button"
          disabled={busy}
          onClick={() => join(true)}
          className="min-h-11 self-start rounded-xl bg-accent px-5 font-medium text-accent-ink disabled:opacity-60"
        >
          Listen only
        </button>
      </section>
      <section
        aria-labelledby="guidelines-heading"
        className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5"
      >
        <h2 id="guidelines-heading" className="text-xl font-semibold">
          This room&apos;s guidelines
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {room.guidelines
            .split("\n")
            .filter(Boolean)
            .map((line) => (
              <li key={line}>{line}</li>
            ))}
        </ul>
        {room.careful && <CarefulRoomNote />}
        {needsGuidelines && (
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              checked={accepted}
              onChange={(event) => setAccepted(event.target.checked)}
              className="mt-1.5 size-5"
            />
            <span>I have read the guidelines and will follow them.</span>
          </label>
        )}
        <p className="text-muted">To write, join as a member. You can switch to listening and back.</p>
        <button
          type="button"
          disabled={!accepted || busy}
          onClick={() => join(false)}
          className="min-h-11 self-start rounded-xl border border-line bg-surface px-5 font-medium disabled:opacity-60"
        >
          Join as a member
        </button>
      </section>
    </div>
  );
}
