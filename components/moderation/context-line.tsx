"use client";
import { useState } from "react";
import { coverLabel } from "@/components/moderation/queue-labels";
import type { QueueContextLine } from "@/lib/shared/moderation-types";

/** A line of context: content-warned or painful words stay covered, with their label, until opened. */
export function ContextLine({ line }: { line: QueueContextLine }) {
  const [opened, setOpened] = useState(false);
  const label = coverLabel(line);
  return (
    <>
      <span className="font-semibold">{line.author}: </span>
      {label && !opened && !line.isReported ? (
        <span className="inline-flex flex-wrap items-center gap-2">
          <span className="italic">Covered ({label})</span>
          <button
            type="button"
            onClick={() => setOpened(true)}
            className="min-h-9 rounded-xl border border-line px-2 text-sm"
          >
            Show {line.author}&apos;s message
          </button>
        </span>
      ) : (
        <>
          {label && <span className="mr-1 text-sm text-muted">({label})</span>}
          <span className="whitespace-pre-wrap">{line.body}</span>
        </>
      )}
    </>
  );
}
