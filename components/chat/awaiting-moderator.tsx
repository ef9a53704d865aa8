import type { HoldReason } from "@/lib/shared/chat-types";

const holdWords: Record<HoldReason, string> = {
  careful_room: "In this room a moderator reads new members' first messages before everyone sees them.",
  link: "Links from new accounts are read by a moderator first; it keeps the rooms free of spam.",
  watched_word: "While you are new here, a moderator reads messages with some words first.",
};

/** The author's own message, not yet shared with the room: said plainly, never as a fault. */
export function AwaitingModerator({ why }: { why: HoldReason }) {
  return (
    <p className="text-sm">
      <span className="font-medium">Waiting for a moderator.</span>{" "}
      <span className="text-muted">Only you can see it for now. {holdWords[why]}</span>
    </p>
  );
}
