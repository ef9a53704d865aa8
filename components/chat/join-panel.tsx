"use client";
import { useState } from "react";
import type { WireRoom } from "@/lib/shared/chat-types";

interface JoinPanelProps {
  room: WireRoom;
  needsGuidelines: boolean;
  error?: string;
  onJoin: (options: { acceptGuidelines?: boolean; listenOnly: boolean }) => Promise<unknown>;
}

/** The room's guidelines, accepted once, and the choice to join as a member or to listen. */
export function JoinPanel({ room, needsGuidelines, error, onJoin }: JoinPanelProps) {
  const [accepted, setAccepted] = useState(!needsGuidelines);
  const [busy, setBusy] = useState(false);
  const join = async (listenOnly: boolean) => {
    setBusy(true);
    await onJoin({ acceptGuidelines: needsGuidelines ? true : undefined, listenOnly });
    setBusy(false);
  };
  return (
    <section
      aria-labelledby="guidelines-heading"
      className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5"
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
      <p className="text-muted">
        You can join as a member and write, or listen only: you read everything, and others see only that
        someone is listening, never who.
      </p>
      {error && (
        <p role="alert" className="rounded-xl bg-caution-soft px-4 py-3 text-caution">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={!accepted || busy}
          onClick={() => join(false)}
          className="min-h-11 rounded-xl bg-accent px-5 font-medium text-accent-ink disabled:opacity-60"
        >
          Join as a member
        </button>
        <button
          type="button"
          disabled={!accepted || busy}
          onClick={() => join(true)}
          className="min-h-11 rounded-xl border border-line bg-surface px-5 font-medium disabled:opacity-60"
        >
          Listen only
        </button>
      </div>
    </section>
  );
}
