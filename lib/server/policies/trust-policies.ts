// Newcomer trust (docs/decisions/0021): whether a message waits for a moderator before others
// see it. Pure, from facts the send path already reads in its one batched query (post-facts.ts),
// tested as a table (trust-policies.test.ts). Nothing here ever stands between a person in
// crisis and care: words that read as a crisis are never held.
import type { MessageHold } from "@/generated/prisma/client";
import type { TrustThresholds } from "@/lib/shared/schemas/admin";

export type { TrustThresholds };

export const defaultTrust: TrustThresholds = {
  newcomerMessages: 5,
  newcomerHours: 24,
  linkAccountHours: 24,
  linkMessages: 5,
};

export interface TrustFacts extends TrustThresholds {
  /** The room asks for newcomers' messages to be approved. */
  careful: boolean;
  /** The sender moderates this room or is an admin: never held. */
  moderates: boolean;
  /** The sender's messages shown to others in this room. */
  postCount: number;
  joinedAt: Date;
  accountCreatedAt: Date;
  /** The sender's messages shown to others in every room. */
  postsAnywhere: number;
}

/** What screening found in the words. */
export interface WordsFacts {
  hasLink: boolean;
  /** A flagging watched word matched (for a regular: shown, and a report filed). */
  flagged: boolean;
  /** The words read as a crisis. */
  crisis: boolean;
}

const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);

/** New in this room: fewer than N messages shown here, or joined less than H hours ago. */
export function isNewcomer(facts: TrustFacts, now: Date): boolean {
  return facts.postCount < facts.newcomerMessages || facts.joinedAt > hoursAgo(now, facts.newcomerHours);
}

/** A new account, whose links wait: younger than H hours, or fewer than N messages shown anywhere. */
export function hasNewAccount(facts: TrustFacts, now: Date): boolean {
  return (
    facts.postsAnywhere < facts.linkMessages || facts.accountCreatedAt > hoursAgo(now, facts.linkAccountHours)
  );
}

/**
 * Why this message must wait for a moderator, or null when others see it at once. A crisis is
 * never held (the author gets care, moderators a priority item, readers a covered message, as
 * for anyone); nor is anything by the room's moderators or an admin.
 */
export function holdFor(facts: TrustFacts, words: WordsFacts, now: Date): MessageHold | null {
  if (words.crisis || facts.moderates) return null;
  const newcomer = isNewcomer(facts, now);
  if (newcomer && facts.careful) return "careful_room";
  if (words.hasLink && hasNewAccount(facts, now)) return "link";
  // The stricter filter: a flagging word only flags a regular's message, but holds a newcomer's.
  if (words.flagged && newcomer) return "watched_word";
  return null;
}
