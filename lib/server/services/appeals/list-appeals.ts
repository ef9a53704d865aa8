// Appeals a reviewer may decide: open ones in the rooms they moderate (all rooms for admins),
// leaving out those about their own actions, their own appeals, and, for a moderator, those rank
// keeps for an admin (an admin's action, or an appeal from a moderator or an admin: 0029).
import { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { appealsToReviewSql } from "@/lib/server/policies/appeal-policies";
import type { AppealToReview } from "@/lib/shared/notice-types";

const LIST_LIMIT = 100;

/** canDecideAppeal over open appeals, as SQL (policy-forms-agree.test.ts checks they agree). */
const toReview = (actor: MemberActor) => Prisma.sql`
  FROM "Appeal" a JOIN "ModerationAction" ma ON ma.id = a."moderationActionId"
  WHERE ${appealsToReviewSql(actor)}`;

export async function countAppealsToReview(actor: MemberActor): Promise<number> {
  const [row] = await db().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count ${toReview(actor)}`;
  return row?.count ?? 0;
}

export async function listAppealsToReview(actor: MemberActor): Promise<AppealToReview[]> {
  const ids = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id ${toReview(actor)} ORDER BY a."createdAt" LIMIT ${LIST_LIMIT}`;
  if (ids.length === 0) return [];
  const rows = await db().appeal.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      words: true,
      createdAt: true,
      user: { select: { id: true, pseudonym: true } },
      room: { select: { id: true, name: true, slug: true } },
      moderationAction: {
        select: {
          kind: true,
          reason: true,
          createdAt: true,
          actor: { select: { pseudonym: true } },
          message: { select: { body: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    member: row.user,
    room: row.room,
    action: {
      kind: row.moderationAction.kind,
      reason: row.moderationAction.reason,
      at: row.moderationAction.createdAt.toISOString(),
      by: row.moderationAction.actor?.pseudonym ?? null,
      messageBody: row.moderationAction.message?.body ?? null,
    },
    words: row.words,
    createdAt: row.createdAt.toISOString(),
  }));
}
