// Newcomer trust (docs/decisions/0021): whether a message waits for a moderator before others
// see it. Pure, from the facts post-facts.ts reads (an edit), tested as a table
// (trust-policies.test.ts); the send path decides it in SQL, in its one statement under the rows'
// locks (holdForSql, decision 0033), tested against holdFor (policy-forms-agree.test.ts).
// Nothing here ever stands between a person in crisis and care: words that read as a crisis are
// never held.
import { Prisma, type MessageHold } from "@/generated/prisma/client";
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

/**
 * holdFor as a SQL expression for the send path's insert (insert-messages.ts): the room as `r`,
 * the sender's membership as `m`, the sender as `u`, the trust settings row as `t` (left-joined:
 * defaults when absent). The words' facts are SQL booleans. Gives a "MessageHold" or NULL.
 * Written in holdFor's order; `postsAnywhere` is summed only when a link asks for it.
 */
export function holdForSql(words: { hasLink: Prisma.Sql; flagged: Prisma.Sql; crisis: Prisma.Sql }) {
  const threshold = (column: keyof TrustThresholds) =>
    Prisma.sql`coalesce(t.${Prisma.raw(`"${column}"`)}, ${defaultTrust[column]}::int)`;
  const newcomer = Prisma.sql`(m."postCount" < ${threshold("newcomerMessages")}
    OR m."joinedAt" > now() - make_interval(hours => ${threshold("newcomerHours")}))`;
  const newAccount = Prisma.sql`((SELECT coalesce(sum(pm."postCount"), 0) FROM "Membership" pm WHERE pm."userId" = m."userId") < ${threshold("linkMessages")}
    OR u."createdAt" > now() - make_interval(hours => ${threshold("linkAccountHours")}))`;
  return Prisma.sql`(CASE
    WHEN ${words.crisis} OR u."siteRole" = 'admin' OR (m.role = 'moderator' AND m."removedAt" IS NULL) THEN NULL
    WHEN r.careful AND ${newcomer} THEN 'careful_room'
    WHEN ${words.hasLink} AND ${newAccount} THEN 'link'
    WHEN ${words.flagged} AND ${newcomer} THEN 'watched_word'
  END)::"MessageHold"`;
}
