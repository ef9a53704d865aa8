// A member's notices, newest first, read and unread, each with its appeal if there is one.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canAppeal } from "@/lib/server/policies/appeal-policies";
import { publisher } from "@/lib/server/services/publisher";
import type { WireNotice } from "@/lib/shared/notice-types";

const pageSize = 200;

export async function listNotices(actor: MemberActor): Promise<WireNotice[]> {
  const rows = await db().notice.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    take: pageSize,
    select: {
      id: true,
      kind: true,
      body: true,
      reason: true,
      until: true,
      createdAt: true,
      readAt: true,
      room: { select: { name: true, slug: true } },
      moderationAction: {
        select: {
          targetUserId: true,
          appeal: {
            select: {
              id: true,
              status: true,
              words: true,
              decisionReason: true,
              createdAt: true,
              decidedAt: true,
            },
          },
        },
      },
    },
  });
  return rows.map((row) => {
    const appeal = row.moderationAction?.appeal ?? null;
    return {
      id: row.id,
      kind: row.kind,
      body: row.body,
      reason: row.reason,
      until: row.until?.toISOString() ?? null,
      room: row.room,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
      canAppeal: canAppeal(actor.userId, {
        kind: row.kind,
        actionTargetUserId: row.moderationAction?.targetUserId ?? null,
        hasAppeal: appeal !== null,
      }).allowed,
      appeal: appeal && {
        id: appeal.id,
        status: appeal.status,
        words: appeal.words,
        decisionReason: appeal.decisionReason,
        createdAt: appeal.createdAt.toISOString(),
        decidedAt: appeal.decidedAt?.toISOString() ?? null,
      },
    };
  });
}

/** Marks every notice read; the member's other pages stop showing that something is new. */
export async function markNoticesRead(actor: MemberActor): Promise<void> {
  const { count } = await db().notice.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  if (count > 0) publisher().toUser(actor.userId, "attention:changed");
}
