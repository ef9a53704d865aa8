// What the notices page shows. The services return exactly these types.

export type NoticeKindName =
  | "warning"
  | "mute"
  | "removal"
  | "message_hidden"
  | "report_outcome"
  | "appeal_outcome"
  | "care_note"
  | "message_declined"
  | "moderator_appointed";

/** Notices about a moderator's action on the member, which they can ask to have reviewed. */
export const appealableNoticeKinds: readonly NoticeKindName[] = [
  "warning",
  "mute",
  "removal",
  "message_hidden",
];

export interface WireAppeal {
  id: string;
  status: "open" | "upheld" | "reversed";
  words: string;
  decisionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface WireNotice {
  id: string;
  kind: NoticeKindName;
  body: string;
  /** The moderator's reason, when the notice tells of an action. */
  reason: string | null;
  /** When a mute ends (ISO); the page says it in the member's own time. */
  until: string | null;
  room: { name: string; slug: string } | null;
  createdAt: string;
  readAt: string | null;
  /** The member may ask for a review (and has not yet). */
  canAppeal: boolean;
  appeal: WireAppeal | null;
}

/** An appeal waiting for a reviewer: the room's other moderators or an admin. */
export interface AppealToReview {
  id: string;
  member: { id: string; pseudonym: string };
  room: { id: string; name: string; slug: string } | null;
  action: { kind: string; reason: string; at: string; by: string | null; messageBody: string | null };
  words: string;
  createdAt: string;
}
