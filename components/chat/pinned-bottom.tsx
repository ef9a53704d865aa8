import type { ReactNode, Ref } from "react";

/**
 * Pinned to the bottom of the screen while the conversation scrolls: what it holds (the
 * composer), and above it a way to the messages that arrived while the reader was further up
 * (use-follow-newest.ts counts them and measures this bar).
 */
export function PinnedBottom({
  pinnedRef,
  unseen,
  onShowNewest,
  children,
}: {
  pinnedRef: Ref<HTMLDivElement>;
  unseen: number;
  onShowNewest: () => void;
  children: ReactNode;
}) {
  return (
    <div ref={pinnedRef} className="sticky bottom-0 z-10 -mx-1 flex flex-col gap-2 bg-canvas px-1 pt-1 pb-2">
      {unseen > 0 && (
        <button
          type="button"
          onClick={onShowNewest}
          className="min-h-11 self-center rounded-full border border-accent bg-accent-soft px-4 text-sm font-medium shadow-sm"
        >
          {unseen === 1 ? "1 new message" : `${unseen} new messages`}
          <span aria-hidden="true"> ↓</span>
        </button>
      )}
      {children}
    </div>
  );
}
