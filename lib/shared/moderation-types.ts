// What the moderator pages render: the queue and a room's people. The services return exactly
// these types, so the browser and the server cannot drift apart.

/** One reported message in the queue, with its context and its author's earlier moderation. */
export interface QueueItem {
  messageId: string;
  room: { id: string; name: string; slug: string };
  author: { id: string; pseudonym: string };
  body: string;
  contentWarning: string | null;
  heldForReview: boolean;
  reportedBy: number;
  reasons: Record<string, number>;
  details: string[];
  selfHarmRisk: boolean;
  firstReportedAt: string;
  context: { id: string; author: string; body: string; isReported: boolean }[];
  authorHistory: { kind: string; reason: string; at: string }[];
}

/** Someone a moderator can act on in a room. */
export interface RoomPerson {
  userId: string;
  pseudonym: string;
  role: "member" | "moderator";
  mutedUntil: string | null;
  removed: boolean;
}
