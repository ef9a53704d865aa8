// What the check-in pages and the header show. The services return exactly these types.

export interface WireCheckInMessage {
  id: string;
  /** Null when the author's account is gone. */
  author: { id: string; pseudonym: string } | null;
  /** Written by one of the room's moderators (or an admin), not by the member. */
  fromModerator: boolean;
  body: string;
  createdAt: string;
}

export interface WireCheckIn {
  id: string;
  room: { id: string; name: string; slug: string };
  member: { id: string; pseudonym: string };
  status: "open" | "closed";
  requestedByMember: boolean;
  /** The member asked or answered last: moderators owe a reply. */
  awaitingModerator: boolean;
  /** A moderator wrote and the member has not opened the thread since. */
  memberUnread: boolean;
  createdAt: string;
  lastActivityAt: string;
  closedAt: string | null;
  messages: WireCheckInMessage[];
}

/** What waits for this person: shown calmly in the header, live. */
export interface Attention {
  /** Moderators: crisis items and check-ins waiting for a moderator, in the rooms they moderate. */
  priorityItems: number;
  /** Check-ins about this person with a moderator's words not yet read. */
  unreadCheckIns: number;
  /** Notices this person has not opened the notices page for yet. */
  unreadNotices: number;
  /** Reviewers: open appeals they may decide. */
  appealsToReview: number;
}
