import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";

export interface BlockedMember {
  id: string;
  pseudonym: string;
  blockedAt: string;
}

/** The people I blocked (never the people who blocked me). */
export async function listBlocks(actor: MemberActor): Promise<{ blocked: BlockedMember[] }> {
  const blocks = await db().block.findMany({
    where: { blockerId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, blocked: { select: { id: true, pseudonym: true } } },
  });
  return { blocked: blocks.map((block) => ({ ...block.blocked, blockedAt: block.createdAt.toISOString() })) };
}
