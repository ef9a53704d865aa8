// Reading a room's messages as one person may see them: nothing from or to someone with a
// block between them, nothing held for review (except one's own), pages by keyset on id.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import { messageSelect, reactionsFor, toWireMessage } from "@/lib/server/services/messages/wire-message";
import type { WireMessage } from "@/lib/shared/chat-types";
import { HISTORY_PAGE } from "@/lib/shared/schemas/chat";

export interface Page {
  before?: bigint;
  after?: bigint;
  limit?: number;
}

export async function readVisibleMessages(
  readerId: string,
  roomId: string,
  page: Page = {},
): Promise<WireMessage[]> {
  const limit = page.limit ?? HISTORY_PAGE;
  const hiddenAuthors = await blockedRelations(readerId);
  const where: Prisma.MessageWhereInput = {
    roomId,
    ...(hiddenAuthors.length > 0 && { authorId: { notIn: hiddenAuthors } }),
    OR: [{ heldForReview: false }, { authorId: readerId }],
    ...(page.after !== undefined && { id: { gt: page.after } }),
    ...(page.before !== undefined && { id: { lt: page.before } }),
  };
  // `after` reads forward from a point (catching up); otherwise read backwards from the newest.
  const forward = page.after !== undefined;
  const rows = await db().message.findMany({
    where,
    select: messageSelect,
    orderBy: { id: forward ? "asc" : "desc" },
    take: limit,
  });
  if (!forward) rows.reverse();
  const reactions = await reactionsFor(
    rows.map((row) => row.id),
    readerId,
  );
  return rows.map((row) => toWireMessage(row, readerId, reactions.get(row.id.toString())));
}

export function readLatestMessages(readerId: string, roomId: string): Promise<WireMessage[]> {
  return readVisibleMessages(readerId, roomId);
}
