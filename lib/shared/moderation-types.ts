// What the moderator pages render: the queue and a room's people. The services return exactly
// these types, so the browser and the server cannot drift apart.
import type { CareTrail } from "@/lib/shared/care-types";
import type { HoldReason } from "@/lib/shared/chat-types";

/** A report the system filed itself: which detector, and what it matched (rules or words). */
export interface AutomaticFlag {
  source: "crisis_detection" | "watched_word" | "pile_on" | "newcomer_hold";
  matched: string[];
}

/** A line of the conversation around a reported message, with its cover (if any) kept. */
export interface QueueContextLine {
  id: string;
  author: string;
  body: string;
  contentWarning: string | null;
  needsCare: boolean;
  isReported: boolean;
}

/** One reported message in the queue, with its context and its author's earlier moderation. */
export interface QueueItem {
  messageId: string;
  room: { id: string; name: string; slug: string };
  author: { id: string; pseudonym: string };
  body: string;
  contentWarning: string | null;
  /** Crisis detection flagged it: covered for readers, and for moderators until opened. */
  needsCare: boolean;
  heldForReview: boolean;
  /**
   * A newcomer's message waiting for approval before others see it (newcomer trust), and why;
   * null otherwise. Approve (`approve_message`) or decline (`decline_message`) it.
   */
  awaitingApproval: HoldReason | null;
  /** People who reported it; automatic flags are not counted here. */
  reportedBy: number;
  /** The people's reasons, counted. */
  reasons: Record<string, number>;
  /** The people's own words about it. */
  details: string[];
  /** Flags the system raised itself, apart from people. */
  automatic: AutomaticFlag[];
  selfHarmRisk: boolean;
  /** Several members aimed reported or flagged messages at one person (lib/server/safety/pile-on.ts). */
  pileOn: boolean;
  firstReportedAt: string;
  context: QueueContextLine[];
  authorHistory: { kind: string; reason: string; at: string }[];
  /** An open check-in with the author in this room, if there is one. */
  openCheckInId: string | null;
  /** Handed to this moderator: it waits for them first. */
  assignedTo: { id: string; pseudonym: string } | null;
  /** The room's other moderators and the admins, to hand the item to. */
  colleagues: { id: string; pseudonym: string }[];
  /** A crisis or pile-on item's care alerts: who was alerted and when, who opened it first. */
  care: CareTrail | null;
}

/** Someone a moderator can act on in a room. */
export interface RoomPerson {
  userId: string;
  pseudonym: string;
  role: "member" | "moderator";
  mutedUntil: string | null;
  removed: boolean;
}
