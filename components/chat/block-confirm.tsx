"use client";
import { useEffect, useRef } from "react";
import { closeOnEscape } from "@/components/chat/close-on-escape";

/**
 * Asks once before blocking a message's author. Focus goes to "Yes, block" as it opens, so a
 * keyboard user answers at once; Escape or "No" closes it. The author is never told.
 */
export function BlockConfirm({
  authorName,
  onBlock,
  onClose,
}: {
  authorName: string;
  onBlock: () => void;
  onClose: () => void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div
      role="group"
      aria-label={`Block ${authorName}?`}
      className="flex flex-wrap items-center gap-1 text-sm"
      onKeyDown={closeOnEscape(onClose)}
    >
      <span>Block {authorName}? They won&apos;t be told.</span>
      <button
        ref={yes}
        type="button"
        onClick={onBlock}
        className="min-h-11 min-w-11 rounded-xl px-2 hover:bg-accent-soft sm:min-h-9"
      >
        Yes, block
      </button>
      <button
        type="button"
        onClick={onClose}
        className="min-h-11 min-w-11 rounded-xl px-2 hover:bg-accent-soft sm:min-h-9"
      >
        No
      </button>
    </div>
  );
}
