"use client";
import type { WireReactions } from "@/lib/shared/chat-types";
import { reactionKinds, type ReactionKindName } from "@/lib/shared/schemas/chat";

export const reactionLabels: Record<ReactionKindName, { symbol: string; label: string }> = {
  heart: { symbol: "❤️", label: "Heart" },
  hug: { symbol: "🤗", label: "Hug" },
  me_too: { symbol: "🙋", label: "Me too" },
  thank_you: { symbol: "🙏", label: "Thank you" },
  strength: { symbol: "💪", label: "Strength" },
};

/** Supportive reactions only; counts are shown, never who reacted or who didn't. */
export function ReactionBar({
  reactions,
  onReact,
  disabled,
  offered = reactionKinds,
}: {
  reactions: WireReactions;
  onReact: (kind: ReactionKindName) => void;
  disabled: boolean;
  /** The kinds this message offers (fewer on a message that needs care). */
  offered?: readonly ReactionKindName[];
}) {
  return (
    <div role="group" aria-label="Reactions" className="flex flex-wrap gap-1.5">
      {offered.map((kind) => {
        const count = reactions.counts[kind] ?? 0;
        const mine = reactions.mine.includes(kind);
        return (
          <button
            key={kind}
            type="button"
            disabled={disabled}
            aria-pressed={mine}
            onClick={() => onReact(kind)}
            className={`inline-flex min-h-9 items-center gap-1 rounded-full border px-2.5 text-sm ${mine ? "border-accent bg-accent-soft" : "border-line bg-surface"} ${count === 0 && !mine ? "opacity-70" : ""}`}
          >
            <span aria-hidden="true">{reactionLabels[kind].symbol}</span>
            <span>{reactionLabels[kind].label}</span>
            {count > 0 && <span aria-label={`, ${count}`}>{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
