import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";

export interface MyReport {
  id: string;
  room: string;
  reason: string;
  status: "open" | "actioned" | "dismissed";
  createdAt: string;
}

/** The reports I made and what became of them (never who else reported, never the moderator). */
export async function listMyReports(actor: MemberActor): Promise<MyReport[]> {
  const reports = await db().report.findMany({
    where: { reporterId: actor.userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, reason: true, status: true, createdAt: true, room: { select: { name: true } } },
  });
  return reports.map((report) => ({
    id: report.id,
    room: report.room.name,
    reason: report.reason,
    status: report.status,
    createdAt: report.createdAt.toISOString(),
  }));
}
