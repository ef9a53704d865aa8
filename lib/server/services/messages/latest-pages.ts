// The join page (the latest visible messages of a room, as one reader sees them) for many joins at
// once: a join storm reads every page in three queries instead of three per join. The same rules
// as readVisibleMessages (visible-messages.ts): nothing from or to someone with a block between
// them (the block rule's SQL form), nothing held for review except one's own.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { batched } from "@/lib/server/database/batched";
import { databaseQueueBounds } from "@/lib/server/database/database-errors";
import { blockedRelationsSql } from "@/lib/server/policies/block-policies";
import { messageSelect, toWireMessage } from "@/lib/server/services/messages/wire-message";
import type { WireMessage, WireReactions } from "@/lib/shared/chat-types";
import { HISTORY_PAGE, type ReactionKindName } from "@/lib/shared/schemas/chat";

interface PageRequest {
  readerId: string;
  roomId: string;
}

const readPages = batched(
  async (requests: PageRequest[]): Promise<WireMessage[][]> => {
    const picked = await db().$queryRaw<{ ord: bigint; id: bigint }[]>`
      SELECT i.ord, m.id
      FROM unnest(${requests.map((r) => r.readerId)}::uuid[], ${requests.map((r) => r.roomId)}::uuid[])
        WITH ORDINALITY AS i(reader_id, room_id, ord)
      CROSS JOIN LATERAL (
        SELECT v.id FROM "Message" v
        WHERE v."roomId" = i.room_id
          AND (NOT v."heldForReview" OR v."authorId" = i.reader_id)
          AND NOT (v."authorId"::text = ANY(${blockedRelationsSql(Prisma.sql`i.reader_id`)}))
        ORDER BY v.id DESC
        LIMIT ${HISTORY_PAGE}
      ) m`;
    const ids = [...new Set(picked.map((row) => row.id))];
    const readers = [...new Set(requests.map((request) => request.readerId))];
    const [rows, counts, mine] =
      ids.length === 0
        ? [[], [], []]
        : await Promise.all([
            db().message.findMany({ where: { id: { in: ids } }, select: messageSelect }),
            db().reaction.groupBy({
              by: ["messageId", "kind"],
              where: { messageId: { in: ids } },
              _count: { _all: true },
            }),
            db().reaction.findMany({
              where: { messageId: { in: ids }, userId: { in: readers } },
              select: { messageId: true, userId: true, kind: true },
            }),
          ]);
    const rowById = new Map(rows.map((row) => [row.id, row]));
    const countsById = new Map<bigint, WireReactions["counts"]>();
    for (const row of counts) {
      const entry = countsById.get(row.messageId) ?? {};
      entry[row.kind as ReactionKindName] = row._count._all;
      countsById.set(row.messageId, entry);
    }
    const mineByKey = new Map<string, ReactionKindName[]>();
    for (const row of mine) {
      const key = `${row.userId}:${row.messageId}`;
      mineByKey.set(key, [...(mineByKey.get(key) ?? []), row.kind as ReactionKindName]);
    }
    const idsByRequest = new Map<number, bigint[]>();
    for (const row of picked) {
      const index = Number(row.ord) - 1;
      idsByRequest.set(index, [...(idsByRequest.get(index) ?? []), row.id]);
    }
    return requests.map((request, index) =>
      (idsByRequest.get(index) ?? [])
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .flatMap((id) => {
          const row = rowById.get(id);
          if (!row) return [];
          return [
            toWireMessage(row, request.readerId, {
              counts: countsById.get(id) ?? {},
              mine: mineByKey.get(`${request.readerId}:${id}`) ?? [],
            }),
          ];
        }),
    );
  },
  { maxSize: 200, concurrency: 2, ...databaseQueueBounds },
);

/** The latest page of a room as this reader sees it, oldest first (read together with other joins). */
export function readJoinPage(readerId: string, roomId: string): Promise<WireMessage[]> {
  return readPages({ readerId, roomId });
}
