import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { HoldReason, WireMessage, WireReactions } from "@/lib/shared/chat-types";
import type { ReactionKindName } from "@/lib/shared/schemas/chat";

export const messageSelect = {
  id: true,
  roomId: true,
  clientId: true,
  authorId: true,
  body: true,
  contentWarning: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  heldForReview: true,
  heldFor: true,
  crisisFlaggedAt: true,
  author: { select: { id: true, pseudonym: true } },
} as const satisfies Prisma.MessageSelect;

export type MessageRecord = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

export const noReactions: WireReactions = { counts: {}, mine: [] };

/** A message as one reader sees it: deleted and hidden text is withheld (a hidden one stays visible to its author). */
export function toWireMessage(
  message: MessageRecord,
  readerId: string,
  reactions: WireReactions = noReactions,
): WireMessage {
  const deleted = message.deletedAt !== null;
  const hidden = message.hiddenAt !== null;
  const withheld = deleted || (hidden && message.authorId !== readerId);
  return {
    id: message.id.toString(),
    roomId: message.roomId,
    clientId: message.clientId,
    author: message.author,
    body: withheld ? "" : message.body,
    contentWarning: withheld ? null : message.contentWarning,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    deleted,
    hidden,
    needsCare: message.crisisFlaggedAt !== null && !withheld,
    reactions,
    ...(awaitingModerator(message) &&
      message.authorId === readerId && { awaitingModerator: message.heldFor as HoldReason }),
  };
}

/** A newcomer's message still waiting for a moderator's approval (decision 0021). */
export function awaitingModerator(message: {
  heldForReview: boolean;
  heldFor: string | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
}): boolean {
  return message.heldForReview && message.heldFor !== null && !message.hiddenAt && !message.deletedAt;
}

/** Reaction counts for some messages, and which of them this reader gave. */
export async function reactionsFor(
  messageIds: bigint[],
  readerId: string,
): Promise<Map<string, WireReactions>> {
  const result = new Map<string, WireReactions>();
  if (messageIds.length === 0) return result;
  const [counts, mine] = await Promise.all([
    db().reaction.groupBy({
      by: ["messageId", "kind"],
      where: { messageId: { in: messageIds } },
      _count: { _all: true },
    }),
    db().reaction.findMany({
      where: { messageId: { in: messageIds }, userId: readerId },
      select: { messageId: true, kind: true },
    }),
  ]);
  const entry = (id: bigint) => {
    const key = id.toString();
    let reactions = result.get(key);
    if (!reactions) result.set(key, (reactions = { counts: {}, mine: [] }));
    return reactions;
  };
  for (const row of counts) entry(row.messageId).counts[row.kind as ReactionKindName] = row._count._all;
  for (const row of mine) entry(row.messageId).mine.push(row.kind as ReactionKindName);
  return result;
}
