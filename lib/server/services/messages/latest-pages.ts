// The join page for many joins at once, in two round trips for the whole batch (the ids, counts
// and clock; then those messages with their authors and reactions), instead
// of three per join. A first join gets the latest page; a rejoin (`after`: the id up to which the
// reader holds everything) gets what came after it, oldest first, with how many that is, and
// (`changedSince`) the messages it holds that changed meanwhile, and the ids it may no longer see:
// held back or hidden from it since, at or below `after` and above it too (a message above
// `after` may have been shown from a live frame before the reader went away; the pages, which
// list only what it may see, cannot say it is gone). The same rules as
// readVisibleMessages (visible-messages.ts): nothing from or to someone with a block between
// them (the block rule's SQL form), nothing held for review except one's own.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { batched } from "@/lib/server/database/batched";
import { databaseQueueBounds } from "@/lib/server/database/database-errors";
import { blockedRelationsSql } from "@/lib/server/policies/block-policies";
import { toWireMessage, type MessageRecord } from "@/lib/server/services/messages/wire-message";
import type { WireMessage, WireReactions } from "@/lib/shared/chat-types";
import { HISTORY_MAX, HISTORY_PAGE, type ReactionKindName } from "@/lib/shared/schemas/chat";

interface PageRequest {
  readerId: string;
  roomId: string;
  after?: bigint;
  changedSince?: Date;
}

export interface JoinPage {
  messages: WireMessage[];
  syncedAt: string;
  catchUp?: { missed: number; more: boolean };
  changed?: WireMessage[];
  removedIds?: string[];
}

/** At most this many changed messages are listed; more than that, and the client reloads the room. */
const CHANGED_MAX = 200;
/**
 * `syncedAt` is the database's clock minus this margin: a change made by a transaction still
 * running when the page was read is stamped earlier than it commits (now() is its start), and no
 * transaction here runs longer than 10 s. A change may be listed twice; none is missed.
 */
const syncMargin = Prisma.sql`interval '15 seconds'`;

type Picked = {
  ord: bigint;
  id: bigint | null;
  kind: "page" | "changed" | "removed" | "missed" | "clock";
  missed: number | null;
  syncedAt: Date | null;
};

type PageRow = Omit<MessageRecord, "author"> & {
  pseudonym: string;
  counts: WireReactions["counts"] | null;
  /** "readerId:kind" for each reaction given by a reader in this batch. */
  mine: string[];
};

const readPages = batched(
  async (requests: PageRequest[]): Promise<JoinPage[]> => {
    const input = Prisma.sql`unnest(
        ${requests.map((r) => r.readerId)}::uuid[], ${requests.map((r) => r.roomId)}::uuid[],
        ${requests.map((r) => r.after ?? null)}::bigint[], ${requests.map((r) => r.changedSince ?? null)}::timestamptz[]
      ) WITH ORDINALITY AS i(reader_id, room_id, after_id, since, ord)`;
    const visible = Prisma.sql`(NOT v."heldForReview" OR v."authorId" = i.reader_id)
      AND NOT (v."authorId"::text = ANY(${blockedRelationsSql(Prisma.sql`i.reader_id`)}))`;
    // First round trip: which ids each page holds, how many each rejoin missed, and the clock.
    const picked = await db().$queryRaw<Picked[]>`
      SELECT i.ord, m.id, m.kind, NULL::int AS missed, NULL::timestamptz AS "syncedAt" FROM ${input}
      CROSS JOIN LATERAL (
        (SELECT v.id, 'page' AS kind FROM "Message" v
         WHERE i.after_id IS NULL AND v."roomId" = i.room_id AND ${visible}
         ORDER BY v.id DESC LIMIT ${HISTORY_PAGE})
        UNION ALL
        (SELECT v.id, 'page' AS kind FROM "Message" v
         WHERE i.after_id IS NOT NULL AND v."roomId" = i.room_id AND v.id > i.after_id AND ${visible}
         ORDER BY v.id ASC LIMIT ${HISTORY_MAX})
        UNION ALL
        (SELECT v.id, CASE WHEN ${visible} THEN 'changed' ELSE 'removed' END AS kind FROM "Message" v
         WHERE i.since IS NOT NULL AND v."roomId" = i.room_id AND v."changedAt" > i.since
           AND (v.id <= i.after_id OR NOT (${visible}))
         -- By the time of the change, so the ("roomId", "changedAt") index finds the few changed
         -- rows; ordered by id, PostgreSQL walked every message of the room (0.7 s at 1,000,000).
         ORDER BY v."changedAt" ASC LIMIT ${CHANGED_MAX})
      ) m
      UNION ALL
      SELECT i.ord, NULL, 'missed', (SELECT count(*)::int FROM "Message" v
        WHERE v."roomId" = i.room_id AND v.id > i.after_id AND ${visible}), NULL
      FROM ${input} WHERE i.after_id IS NOT NULL
      UNION ALL
      SELECT 0, NULL, 'clock', NULL, clock_timestamp() - ${syncMargin}`;
    const syncedAt = (picked.find((row) => row.kind === "clock") as Picked).syncedAt as Date;
    const missedCounts = picked.filter((row) => row.kind === "missed");
    const ids = [
      ...new Set(
        picked.filter((row) => row.kind === "page" || row.kind === "changed").map((row) => row.id as bigint),
      ),
    ];
    const readers = [...new Set(requests.map((request) => request.readerId))];
    // Second round trip: those messages, their authors and reactions.
    const rows =
      ids.length === 0
        ? []
        : await db().$queryRaw<PageRow[]>`
            SELECT m.id, m."roomId"::text AS "roomId", m."clientId"::text AS "clientId", m."authorId"::text AS "authorId",
                   m.body, m."contentWarning", m."createdAt", m."editedAt", m."deletedAt", m."hiddenAt", m."heldForReview", m."heldFor"::text AS "heldFor",
                   m."crisisFlaggedAt", u.pseudonym,
                   (SELECT json_object_agg(c.kind, c.n) FROM (
                      SELECT r.kind, count(*)::int AS n FROM "Reaction" r WHERE r."messageId" = m.id GROUP BY r.kind
                    ) c) AS counts,
                   ARRAY(SELECT r."userId"::text || ':' || r.kind::text FROM "Reaction" r
                         WHERE r."messageId" = m.id AND r."userId" = ANY(${readers}::uuid[]) ORDER BY r."createdAt") AS mine
            FROM "Message" m JOIN "User" u ON u.id = m."authorId"
            WHERE m.id = ANY(${ids}::bigint[])`;
    const rowById = new Map(rows.map((row) => [row.id, row]));
    const missedByRequest = new Map(missedCounts.map((row) => [Number(row.ord) - 1, row.missed as number]));
    const byRequest = new Map<number, Picked[]>();
    for (const row of picked) {
      if (row.id === null) continue;
      const index = Number(row.ord) - 1;
      byRequest.set(index, [...(byRequest.get(index) ?? []), row]);
    }
    const wire = (id: bigint, readerId: string): WireMessage[] => {
      const row = rowById.get(id);
      if (!row) return [];
      const { pseudonym, counts, mine, ...message } = row;
      const prefix = `${readerId}:`;
      return [
        toWireMessage({ ...message, author: { id: message.authorId, pseudonym } }, readerId, {
          counts: counts ?? {},
          mine: mine
            .filter((entry) => entry.startsWith(prefix))
            .map((entry) => entry.slice(prefix.length) as ReactionKindName),
        }),
      ];
    };
    const ascending = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
    return requests.map((request, index): JoinPage => {
      const rowsHere = byRequest.get(index) ?? [];
      const idsOf = (kind: Picked["kind"]) =>
        rowsHere
          .filter((row) => row.kind === kind)
          .map((row) => row.id as bigint)
          .sort(ascending);
      const messages = idsOf("page").flatMap((id) => wire(id, request.readerId));
      if (request.after === undefined) return { messages, syncedAt: syncedAt.toISOString() };
      const missed = missedByRequest.get(index) ?? messages.length;
      return {
        messages,
        syncedAt: syncedAt.toISOString(),
        catchUp: { missed, more: missed > messages.length },
        ...(request.changedSince && {
          changed: idsOf("changed").flatMap((id) => wire(id, request.readerId)),
          removedIds: idsOf("removed").map(String),
        }),
      };
    });
  },
  { maxSize: 200, concurrency: 2, ...databaseQueueBounds },
);

/** The join page of a room as this reader sees it, oldest first (read together with other joins). */
export function readJoinPage(request: PageRequest): Promise<JoinPage> {
  return readPages(request);
}
