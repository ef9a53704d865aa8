// Inserts the messages that arrive together in one statement and one commit. Under the locks
// of the rooms' and senders' membership rows (taken in a fixed order, so concurrent batches
// on several processes cannot deadlock) the posting rules are checked again on the latest
// rows (canPostSql and canPostDuringSessionSql, the SQL forms of the posting policies); a clientId already stored inserts nothing. Message ids follow the order of arrival,
// and rise in commit order within a room (the room's lock), so `after` never misses one.
// A message newcomer trust holds is stored held (decision 0021); the others count towards the
// sender's trust in the room (Membership.postCount).
// The statement runs straight on the pool under Prisma (decision 0026, after 0023): one statement,
// so one commit, as through `$queryRaw`, without Prisma's interpreter.
import { Prisma, type MessageHold } from "@/generated/prisma/client";
import { batched } from "@/lib/server/database/batched";
import { rawQuery } from "@/lib/server/database/raw-query";
import { databaseQueueBounds } from "@/lib/server/database/database-errors";
import { canPostSql } from "@/lib/server/policies/room-policies";
import { canPostDuringSessionSql } from "@/lib/server/policies/session-policies";

export interface NewMessage {
  roomId: string;
  authorId: string;
  clientId: string;
  body: string;
  contentWarning: string | null;
  /** Screening read the words as a crisis: covered for other readers. */
  crisisFlagged: boolean;
  /** Newcomer trust holds it for a moderator's approval (trust-policies.ts), or null. */
  heldFor: MessageHold | null;
}

/** The stored row, or null when nothing was inserted (already stored, or the rules said no). */
export type Inserted = { id: bigint; createdAt: Date } | null;

const insertBatch = batched(
  async (messages: NewMessage[]): Promise<Inserted[]> => {
    // node-postgres reads int8 as text: the id comes back a string.
    const rows = await rawQuery<{
      id: string;
      createdAt: Date;
      authorId: string;
      clientId: string;
    }>(Prisma.sql`
      WITH input AS (
        SELECT * FROM unnest(
          ${messages.map((m) => m.roomId)}::uuid[], ${messages.map((m) => m.authorId)}::uuid[], ${messages.map((m) => m.clientId)}::uuid[],
          ${messages.map((m) => m.body)}::text[], ${messages.map((m) => m.contentWarning)}::text[],
          ${messages.map((m) => m.crisisFlagged)}::boolean[], ${messages.map((m) => m.heldFor)}::"MessageHold"[]
        ) WITH ORDINALITY AS t(room_id, author_id, client_id, body, content_warning, crisis, held_for, ord)
      ), allowed AS (
        SELECT r.id AS room_id, m."userId" AS author_id
        FROM "Room" r JOIN "Membership" m ON m."roomId" = r.id
        WHERE (r.id, m."userId") IN (SELECT room_id, author_id FROM input)
          AND ${canPostSql} AND ${canPostDuringSessionSql}
        ORDER BY r.id, m.id
        FOR UPDATE OF r, m
      ), inserted AS (
        INSERT INTO "Message" ("roomId", "authorId", "clientId", body, "contentWarning", "crisisFlaggedAt", "heldFor", "heldForReview")
        SELECT i.room_id, i.author_id, i.client_id, i.body, i.content_warning, CASE WHEN i.crisis THEN now() END,
               i.held_for, i.held_for IS NOT NULL
        FROM input i JOIN allowed a ON a.room_id = i.room_id AND a.author_id = i.author_id
        ORDER BY i.ord
        ON CONFLICT ("authorId", "clientId") DO NOTHING
        RETURNING id, "createdAt", "roomId", "authorId", "clientId", "heldForReview"
      ), touched AS (
        UPDATE "Membership" SET "lastPostedAt" = now(), "lastReadMessageId" = latest.id, "updatedAt" = now(),
          "postCount" = "postCount" + latest.shown
        FROM (SELECT "roomId", "authorId", max(id) AS id, count(*) FILTER (WHERE NOT "heldForReview")::int AS shown
              FROM inserted GROUP BY "roomId", "authorId") latest
        WHERE "Membership"."roomId" = latest."roomId" AND "Membership"."userId" = latest."authorId"
      )
      SELECT id, "createdAt", "authorId"::text AS "authorId", "clientId"::text AS "clientId" FROM inserted`);
    const byKey = new Map(
      rows.map((row) => [
        `${row.authorId}:${row.clientId}`,
        { id: BigInt(row.id), createdAt: row.createdAt },
      ]),
    );
    return messages.map((message) => byKey.get(`${message.authorId}:${message.clientId}`) ?? null);
  },
  // One message per sender per batch: slow mode and a sender's own order stay exact.
  {
    maxSize: 200,
    concurrency: 2,
    oneBatchPer: (message) => message.authorId,
    ...databaseQueueBounds,
  },
);

export function insertMessage(message: NewMessage): Promise<Inserted> {
  return insertBatch(message);
}
