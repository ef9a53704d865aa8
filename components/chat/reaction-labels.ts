import type { ReactionKindName } from "@/lib/shared/limits";

/** Supportive reactions only; counts are shown, never who reacted or who didn't. */
export const reactionLabels: Record<ReactionKindName, { symbol: string; label: string }> = {
  heart: { symbol: "❤️", label: "Heart" },
  hug: { symbol: "🤗", label: "Hug" },
  me_too: { symbol: "🙋", label: "Me too" },
  thank_you: { symbol: "🙏", label: "Thank you" },
  strength: { symbol: "💪", label: "Strength" },
};
