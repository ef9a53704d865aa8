// Reading a room's messages as one person may see them: nothing from or to someone with a
// block between them, nothing held for review (except one's own), pages by keyset on id. One
// statement: the page, each author's pseudonym, the reaction counts, the reader's own
// reactions and who has a block with the reader (a history page at 1,000,000 messages was about
// seven round trips; now it is this one, sent beside the facts read, docs/performance.md).
import { Prisma } from "@/generated/prisma/client";
import { rawQuery } from "@/lib/server/database/raw-query";
import { blockedRelationsSql } from "@/lib/server/policies/block-policies";
import { toWireMessage, type MessageRecord } from "@/lib/server/services/messages/wire-message";
import type { WireMessage, WireReactions } from "@/lib/shared/chat-types";
import { HISTORY_PAGE } from "@/lib/shared/schemas/chat";

export interface Page {
  before?: bigint;
  after?: bigint;
  limit?: number;
}

type Row = Omit<MessageRecord, "author" | "id"> & {
  /** int8, as text (raw-query.ts). */
  id: string;
  pseudonym: string;
  counts: WireReactions["counts"] | null;
  mine: WireReactions["mine"];
};

/**
 * The page as this reader sees it, oldest first. Everyone with a block between them and the
 * reader is left out by the statement itself (blockedRelationsSql, the block rule's SQL form), so
 * the page needs nothing read before it and can be read beside the policy facts.
 */
export async function readVisibleMessages(
  readerId: string,
  roomId: string,
  page: Page = {},
): Promise<WireMessage[]> {
  const limit = page.limit ?? HISTORY_PAGE;
  // `after` reads forward from a point (catching up); otherwise read backwards from the newest.
  const forward = page.after !== undefined;
  const rows = await rawQuery<Row>(Prisma.sql`
    SELECT m.id, m."roomId"::text AS "roomId", m."clientId"::text AS "clientId", m."authorId"::text AS "authorId",
           m.body, m."contentWarning", m."createdAt", m."editedAt", m."deletedAt", m."hiddenAt", m."heldForReview", m."heldFor"::text AS "heldFor",
           m."crisisFlaggedAt", u.pseudonym,
           (SELECT json_object_agg(c.kind, c.n) FROM (
              SELECT r.kind, count(*)::int AS n FROM "Reaction" r WHERE r."messageId" = m.id GROUP BY r.kind
            ) c) AS counts,
           ARRAY(SELECT r.kind::text FROM "Reaction" r
                 WHERE r."messageId" = m.id AND r."userId" = ${readerId}::uuid ORDER BY r."createdAt") AS mine
    FROM "Message" m JOIN "User" u ON u.id = m."authorId"
    WHERE m."roomId" = ${roomId}::uuid
      AND (NOT m."heldForReview" OR m."authorId" = ${readerId}::uuid)
      AND NOT (m."authorId"::text = ANY(${blockedRelationsSql(Prisma.sql`${readerId}::uuid`)}))
      ${page.after !== undefined ? Prisma.sql`AND m.id > ${page.after}` : Prisma.empty}
      ${page.before !== undefined ? Prisma.sql`AND m.id < ${page.before}` : Prisma.empty}
    ORDER BY m.id ${forward ? Prisma.sql`ASC` : Prisma.sql`DESC`}
    LIMIT ${limit}`);
  if (!forward) rows.reverse();
  return rows.map(({ pseudonym, counts, mine, id, ...row }) =>
    toWireMessage({ ...row, id: BigInt(id), author: { id: row.authorId, pseudonym } }, readerId, {
      counts: counts ?? {},
      mine,
    }),
  );
}

/** The newest page as this reader sees it (the room's server-rendered page). */
export function readLatestMessages(readerId: string, roomId: string): Promise<WireMessage[]> {
  return readVisibleMessages(readerId, roomId);
}
