// Where a member's request for care stands, from the facts of their care item: the most advanced
// thing that is true now (lib/shared/care-types.ts, CareState).
import type { CareState } from "@/lib/shared/care-types";
import { WRITING_FRESH_SECONDS } from "@/lib/shared/care-words";

export interface CareFacts {
  firstWroteAt: Date | null;
  writingAt: Date | null;
  firstOpenedAt: Date | null;
  /** Someone who may moderate the room is on duty. */
  moderatorOnDuty: boolean;
  /** Circles of moderators tried so far (0: the first alerts are still being written). */
  circlesTried: number;
  /** The item's pushes, by outcome. */
  deliveries: ("pending" | "accepted" | "failed" | "gone")[];
}

export function careState(facts: CareFacts, now = new Date()): CareState {
  if (facts.firstWroteAt) return "wrote";
  if (facts.writingAt && now.getTime() - facts.writingAt.getTime() < WRITING_FRESH_SECONDS * 1000)
    return "writing";
  if (facts.firstOpenedAt) return "seen";
  if (facts.moderatorOnDuty) return "on_duty";
  if (facts.deliveries.includes("accepted")) return "alerted";
  if (facts.circlesTried === 0 || facts.deliveries.includes("pending")) return "alerting";
  return "not_reached";
}
