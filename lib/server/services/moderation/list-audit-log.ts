// The audit log: a room's entries for its moderators, everything for admins. Read-only: there
// is no edit or delete path anywhere in Hearth.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatedRoomIds } from "@/lib/server/services/moderation/list-queue";

export interface AuditEntry {
  id: string;
  kind: string;
  actor: string | null;
  target: string | null;
  room: string | null;
  reason: string;
  at: string;
}

export async function listAuditLog(
  actor: MemberActor,
  options: { before?: string } = {},
): Promise<{ moderates: boolean; entries: AuditEntry[] }> {
  const rooms = await moderatedRoomIds(actor);
  if (rooms !== "all" && rooms.length === 0) return { moderates: false, entries: [] };
  const rows = await db().moderationAction.findMany({
    where: {
      ...(rooms !== "all" && { roomId: { in: rooms } }),
      ...(options.before && { id: { lt: BigInt(options.before) } }),
    },
    orderBy: { id: "desc" },
    take: 100,
    select: {
      id: true,
      kind: true,
      reason: true,
      createdAt: true,
      actor: { select: { pseudonym: true } },
      targetUser: { select: { pseudonym: true } },
      room: { select: { name: true } },
    },
  });
  return {
    moderates: true,
    entries: rows.map((row) => ({
      id: row.id.toString(),
      kind: row.kind,
      actor: row.actor?.pseudonym ?? null,
      target: row.targetUser?.pseudonym ?? null,
      room: row.room?.name ?? null,
      reason: row.reason,
      at: row.createdAt.toISOString(),
    })),
  };
}
