// What an item in the moderators' queue is, in the words a moderator reads: why people reported
// it, what was detected, why it is held, what was done before, and what each item is called.
import type { QueueItem } from "@/lib/shared/moderation-types";

export const reasonLabels: Record<string, string> = {
  harassment: "Harassment",
  hate: "Hate",
  self_harm_risk: "Self-harm risk",
  spam: "Spam",
  private_information: "Sharing private information",
  other: "Other",
};
export const automaticLabels: Record<string, string> = {
  crisis_detection: "words that suggest the person may be in danger",
  watched_word: "watched words",
  pile_on: "several members turned on one person",
  newcomer_hold: "waiting for a moderator's approval",
};
export const awaitingLabels: Record<NonNullable<QueueItem["awaitingApproval"]>, string> = {
  careful_room: "a new member's message in a careful room",
  link: "a link from a new account",
  watched_word: "watched words in a new member's message",
};
export const historyLabels: Record<string, string> = {
  warn_member: "warned",
  mute_member: "muted",
  remove_member: "removed",
  hide_message: "message hidden",
};

/** Why a line is covered, in the words a reader would see, or null when it is not. */
export function coverLabel(line: { contentWarning: string | null; needsCare: boolean }): string | null {
  const labels = [
    line.contentWarning && `content warning: ${line.contentWarning}`,
    line.needsCare && "shared something painful",
  ].filter(Boolean);
  return labels.length > 0 ? labels.join("; ") : null;
}

export type QueueItemKind = "held" | "reported" | "flagged";

/**
 * What an item is, as its labels say: a newcomer's message held for approval, a message people
 * reported, or one the system flagged by itself (nobody reported it).
 */
export function kindOf(item: QueueItem): QueueItemKind {
  if (item.awaitingApproval) return "held";
  return item.reportedBy > 0 ? "reported" : "flagged";
}

/** Each item's accessible name, so a screen reader's list of articles says what each one is. */
export const itemNames: Record<QueueItemKind, (item: QueueItem) => string> = {
  held: (item) => `Message from ${item.author.pseudonym} waiting in ${item.room.name}`,
  reported: (item) => `Report about ${item.author.pseudonym} in ${item.room.name}`,
  flagged: (item) => `Flagged message from ${item.author.pseudonym} in ${item.room.name}`,
};
