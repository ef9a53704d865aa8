// Joins that arrive together are decided and written together: one transaction per batch, not one
// per join, so a storm of joins (a restart, a session starting) neither waits for a pool slot per
// person nor holds the rooms' locks for long. Under the locks of every room in the batch (taken
// in id order, so concurrent batches cannot deadlock), each join is decided by canJoin on facts
// read after the locks, in order of arrival, counting the places taken by earlier joins in the
// same batch; the allowed ones are written in one statement.
import { db } from "@/lib/server/db";
import { batched } from "@/lib/server/database/batched";
import { databaseQueueBounds } from "@/lib/server/database/database-errors";
import { canJoin } from "@/lib/server/policies/join-policies";
import { canModerateRoom } from "@/lib/server/policies/moderation-policies";
import type { Decision } from "@/lib/server/policies/room-policies";
import type { StaffPowers } from "@/lib/server/policies/staff-policies";
import {
  activeMembershipWhere,
  membershipSelect,
  roomSelect,
  type MembershipRecord,
  type RoomRecord,
} from "@/lib/server/services/rooms/room-records";

export interface JoinWish {
  roomId: string;
  userId: string;
  acceptGuidelines: boolean;
  /** undefined: keep the current choice (or member, when coming in). */
  listenOnly: boolean | undefined;
  siteRole: "member" | "admin";
  staffPowers: StaffPowers;
}

export type JoinOutcome =
  | {
      allowed: true;
      room: RoomRecord;
      membership: MembershipRecord;
      previousLastRead: bigint | null;
      memberCount: number;
    }
  | { allowed: false; decision: Exclude<Decision, { allowed: true }> }
  | { allowed: false; decision: null }; // no such room

type Written = Omit<MembershipRecord, "role"> & { role: string; roomId: string; userId: string };

const joinBatch = batched(
  async (wishes: JoinWish[]): Promise<JoinOutcome[]> =>
    db().$transaction(
      async (tx) => {
        const roomIds = [...new Set(wishes.map((wish) => wish.roomId))];
        await tx.$queryRaw`SELECT id FROM "Room" WHERE id = ANY(${roomIds}::uuid[]) ORDER BY id FOR UPDATE`;
        const [rooms, memberships, counts] = await Promise.all([
          tx.room.findMany({ where: { id: { in: roomIds } }, select: roomSelect }),
          tx.membership.findMany({
            where: { roomId: { in: roomIds }, userId: { in: wishes.map((wish) => wish.userId) } },
            select: { ...membershipSelect, roomId: true, userId: true },
          }),
          tx.membership.groupBy({
            by: ["roomId"],
            where: { roomId: { in: roomIds }, ...activeMembershipWhere },
            _count: { _all: true },
          }),
        ]);
        const roomById = new Map(rooms.map((room) => [room.id, room]));
        const existingByKey = new Map(memberships.map((m) => [`${m.roomId}:${m.userId}`, m]));
        const active = new Map(counts.map((row) => [row.roomId, row._count._all]));

        const decided = wishes.map((wish) => {
          const room = roomById.get(wish.roomId);
          if (!room) return { wish, decision: null };
          const existing = existingByKey.get(`${wish.roomId}:${wish.userId}`) ?? null;
          const alreadyIn = existing !== null && existing.leftAt === null && existing.removedAt === null;
          const listenOnly = wish.listenOnly ?? (alreadyIn ? existing.listenOnly : false);
          const decision = canJoin(existing, room, {
            acceptingGuidelines: wish.acceptGuidelines,
            listening: listenOnly,
            activeCount: active.get(room.id) ?? 0,
            moderates: canModerateRoom({
              siteRole: wish.siteRole,
              staffPowers: wish.staffPowers,
              membership: existing,
            }).allowed,
          });
          if (decision.allowed && !alreadyIn) active.set(room.id, (active.get(room.id) ?? 0) + 1);
          return { wish, room, existing, decision, listenOnly };
        });

        const writes = decided.filter((entry) => entry.decision?.allowed === true);
        const written =
          writes.length === 0
            ? []
            : await tx.$queryRaw<Written[]>`
            INSERT INTO "Membership" ("roomId", "userId", "listenOnly", "guidelinesAcceptedVersion", "guidelinesAcceptedAt", "updatedAt")
            SELECT room_id, user_id, listen_only, accepted_version, CASE WHEN accepted_version IS NULL THEN NULL ELSE now() END, now()
            FROM unnest(
              ${writes.map((entry) => entry.wish.roomId)}::uuid[], ${writes.map((entry) => entry.wish.userId)}::uuid[],
              ${writes.map((entry) => entry.listenOnly)}::boolean[],
              ${writes.map((entry) => (entry.wish.acceptGuidelines ? (entry.room as RoomRecord).guidelinesVersion : null))}::int[]
            ) AS t(room_id, user_id, listen_only, accepted_version)
            ON CONFLICT ("roomId", "userId") DO UPDATE SET
              "leftAt" = NULL,
              "listenOnly" = EXCLUDED."listenOnly",
              "guidelinesAcceptedVersion" = coalesce(EXCLUDED."guidelinesAcceptedVersion", "Membership"."guidelinesAcceptedVersion"),
              "guidelinesAcceptedAt" = coalesce(EXCLUDED."guidelinesAcceptedAt", "Membership"."guidelinesAcceptedAt"),
              "updatedAt" = now()
            RETURNING id, "roomId"::text AS "roomId", "userId"::text AS "userId", role::text AS role, "listenOnly",
              "guidelinesAcceptedVersion", "mutedUntil", "removedAt", "leftAt", "lastPostedAt", "lastReadMessageId"`;
        const writtenByKey = new Map(written.map((row) => [`${row.roomId}:${row.userId}`, row]));

        return decided.map((entry): JoinOutcome => {
          if (entry.decision === null) return { allowed: false, decision: null };
          if (!entry.decision.allowed) return { allowed: false, decision: entry.decision };
          const row = writtenByKey.get(`${entry.wish.roomId}:${entry.wish.userId}`);
          if (!row) throw new Error("an allowed join was not written");
          const membership: MembershipRecord = {
            id: row.id,
            role: row.role === "moderator" ? "moderator" : "member",
            listenOnly: row.listenOnly,
            guidelinesAcceptedVersion: row.guidelinesAcceptedVersion,
            mutedUntil: row.mutedUntil,
            removedAt: row.removedAt,
            leftAt: row.leftAt,
            lastPostedAt: row.lastPostedAt,
            lastReadMessageId: row.lastReadMessageId,
          };
          return {
            allowed: true,
            room: entry.room as RoomRecord,
            membership,
            previousLastRead: entry.existing?.lastReadMessageId ?? null,
            memberCount: active.get(entry.wish.roomId) ?? 0,
          };
        });
      },
      { maxWait: 3_000, timeout: 4_000 },
    ),
  {
    maxSize: 200,
    concurrency: 2,
    // One join per person and room in a batch: each sees the one before it written.
    oneBatchPer: (wish) => `${wish.roomId}:${wish.userId}`,
    ...databaseQueueBounds,
  },
);

export function decideAndWriteJoin(wish: JoinWish): Promise<JoinOutcome> {
  return joinBatch(wish);
}
