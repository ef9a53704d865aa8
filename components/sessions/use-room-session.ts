"use client";
// The room's session as one reader sees it: where it stands, who facilitates, and what (if
// anything) keeps this reader from writing, in words for the composer.
import { useSessionStage } from "@/components/sessions/use-session-stage";
import { sessionHoldFor, type WireRoomSession } from "@/lib/shared/session-types";

export function useRoomSession(
  session: WireRoomSession | null,
  viewer: { id: string; isModerator: boolean },
) {
  const { stage, now } = useSessionStage(session);
  const current = stage === "running" || stage === "waiting";
  const facilitatorIds = new Set(current ? (session?.facilitators.map((f) => f.id) ?? []) : []);
  const hold = sessionHoldFor(session, viewer, now);
  const holdReason =
    hold === "waiting"
      ? "The session starts when a facilitator arrives. You can write once it begins."
      : hold === "paused"
        ? "The facilitator paused the room for a moment. You can write again when it resumes."
        : hold === "floor"
          ? `${session?.floor?.pseudonym ?? "Someone"} has the floor. You can write again when it opens.`
          : undefined;
  return { stage, now, facilitatorIds, holdReason };
}
