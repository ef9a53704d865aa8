// What travels on the wire (docs/protocol.md). Ids of messages are strings.
import type { ReactionKindName } from "@/lib/shared/limits";
import type { WireRoomSession } from "@/lib/shared/session-types";

export interface WireReactions {
  counts: Partial<Record<ReactionKindName, number>>;
  /** The kinds the reader gave; empty in broadcasts (each reader knows their own). */
  mine: ReactionKindName[];
}

/** Why a newcomer's message waits for a moderator (docs/decisions/0021). */
export type HoldReason = "careful_room" | "watched_word" | "link";

export interface WireMessage {
  id: string;
  roomId: string;
  clientId: string;
  author: { id: string; pseudonym: string };
  body: string;
  contentWarning: string | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Hidden by a moderator; the text is withheld except from its author. */
  hidden: boolean;
  /**
   * The words suggest the author may be in danger: other readers see it covered, with a note on
   * responding with care, and only the gentlest reactions. The author sees it as they wrote it.
   */
  needsCare: boolean;
  reactions: WireReactions;
  /**
   * Sent to the author alone: a newcomer's message that waits for a moderator's approval before
   * others see it (newcomer trust), and why. Absent otherwise.
   */
  awaitingModerator?: HoldReason;
}

export interface WireRoom {
  id: string;
  slug: string;
  name: string;
  description: string;
  guidelines: string;
  guidelinesVersion: number;
  capacity: number;
  memberCount: number;
  slowModeSeconds: number;
  locked: boolean;
  /** Newcomers' first messages wait for a moderator's approval here. */
  careful?: boolean;
  topic: { slug: string; name: string };
  /** A moderator of this room is on duty (names are not shown); absent when not known. */
  moderatorAround?: boolean;
  /** The room's session in progress, else its next one; null when none is scheduled. */
  session?: WireRoomSession | null;
}

export interface WireMembership {
  role: "member" | "moderator";
  /** False when the room's guidelines changed since this person accepted them. */
  guidelinesAccepted: boolean;
  listenOnly: boolean;
  mutedUntil: string | null;
  /** The newest message seen before this visit: the "new since you were here" divider. */
  lastReadMessageId: string | null;
}

export interface WirePresence {
  roomId: string;
  members: { id: string; pseudonym: string }[];
  listeners: number;
  /** Who is here is not known right now (Redis is away): members and listeners are empty. */
  unknown?: true;
}
