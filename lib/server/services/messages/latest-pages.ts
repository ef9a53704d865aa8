// The join page for many joins at once: a join storm reads every page in a few queries instead
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
import { messageSelect, toWireMessage } from "@/lib/server/services/messages/wire-message";
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

type Picked = { ord: bigint; id: bigint; kind: "page" | "changed" | "removed" };

const readPages = batched(
  async (requests: PageRequest[]): Promise<JoinPage[]> => {
    const [clock] = await db().$queryRaw<{ syncedAt: Date }[]>`
      SELECT clock_timestamp() - ${syncMargin} AS "syncedAt"`;
    const syncedAt = (clock as { syncedAt: Date }).syncedAt;
    const input = Prisma.sql`unnest(
        ${requests.map((r) => r.readerId)}::uuid[], ${requests.map((r) => r.roomId)}::uuid[],
        ${requests.map((r) => r.after ?? null)}::bigint[], ${requests.map((r) => r.changedSince ?? null)}::timestamptz[]
      ) WITH ORDINALITY AS i(reader_id, room_id, after_id, since, ord)`;
    const visible = Prisma.sql`(NOT v."heldForReview" OR v."authorId" = i.reader_id)
      AND NOT (v."authorId"::text = ANY(${blockedRelationsSql(Prisma.sql`i.reader_id`)}))`;
    const rejoins = requests.some((request) => request.after !== undefined);
    const [picked, missedCounts] = await Promise.all([
      db().$queryRaw<Picked[]>`
        SELECT i.ord, m.id, m.kind FROM ${input}
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
           WHERE i.since IS NOT NULL AND v."roomId" = i.room_id AND v.id <= i.after_id AND v."changedAt" > i.since
           ORDER BY v.id ASC LIMIT ${CHANGED_MAX})
          UNION ALL
          (SELECT v.id, 'removed' AS kind FROM "Message" v
           WHERE i.since IS NOT NULL AND v."roomId" = i.room_id AND v.id > i.after_id AND v."changedAt" > i.since
             AND NOT (${visible})
           ORDER BY v.id ASC LIMIT ${CHANGED_MAX})
        ) m`,
      rejoins
        ? db().$queryRaw<{ ord: bigint; missed: number }[]>`
            SELECT i.ord, (SELECT count(*)::int FROM "Message" v
              WHERE v."roomId" = i.room_id AND v.id > i.after_id AND ${visible}) AS missed
            FROM ${input} WHERE i.after_id IS NOT NULL`
        : Promise.resolve([]),
    ]);
    const ids = [...new Set(picked.filter((row) => row.kind !== "removed").map((row) => row.id))];
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
    const missedByRequest = new Map(missedCounts.map((row) => [Number(row.ord) - 1, row.missed]));
    const byRequest = new Map<number, Picked[]>();
    for (const row of picked) {
      const index = Number(row.ord) - 1;
      byRequest.set(index, [...(byRequest.get(index) ?? []), row]);
    }
    const wire = (id: bigint, readerId: string): WireMessage[] => {
      const row = rowById.get(id);
      if (!row) return [];
      return [
        toWireMessage(row, readerId, {
          counts: countsById.get(id) ?? {},
          mine: mineByKey.get(`${readerId}:${id}`) ?? [],
        }),
      ];
    };
    const ascending = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
    return requests.map((request, index): JoinPage => {
      const rowsHere = byRequest.get(index) ?? [];
      const idsOf = (kind: Picked["kind"]) =>
        rowsHere
          .filter((row) => row.kind === kind)
          .map((row) => row.id)
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
