import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import type { BlockedMember } from "@/lib/shared/block-types";

/** The people I blocked (never the people who blocked me). */
export async function listBlocks(actor: MemberActor): Promise<{ blocked: BlockedMember[] }> {
  const blocks = await db().block.findMany({
    where: { blockerId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, blocked: { select: { id: true, pseudonym: true } } },
  });
  return { blocked: blocks.map((block) => ({ ...block.blocked, blockedAt: block.createdAt.toISOString() })) };
}
