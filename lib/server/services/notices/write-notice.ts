// A private notice to one person: written in the action's own transaction, then sent to their
// open pages once it is committed. The notices page (and its header indicator) reads them back.
import type { NoticeKind, Prisma } from "@/generated/prisma/client";
import { publisher } from "@/lib/server/services/publisher";

export interface NoticeInput {
  userId: string;
  roomId: string | null;
  kind: NoticeKind;
  body: string;
  reason?: string;
  until?: Date;
  moderationActionId?: bigint;
}

export interface WrittenNotice {
  id: string;
  userId: string;
  roomId: string | null;
  kind: NoticeKind;
  body: string;
}

export async function writeNotice(tx: Prisma.TransactionClient, notice: NoticeInput): Promise<WrittenNotice> {
  return tx.notice.create({
    data: notice,
    select: { id: true, userId: true, roomId: true, kind: true, body: true },
  });
}

export function announceNotice(notice: WrittenNotice): void {
  publisher().toUser(notice.userId, "notice:new", {
    id: notice.id,
    kind: notice.kind,
    roomId: notice.roomId,
    body: notice.body,
  });
}

/** "10 minutes", "1 hour", "3 days": how long a mute lasts, in words. */
export function describeMinutes(minutes: number): string {
  const unit = (count: number, name: string) => `${count} ${name}${count === 1 ? "" : "s"}`;
  if (minutes % (24 * 60) === 0) return unit(minutes / (24 * 60), "day");
  if (minutes % 60 === 0) return unit(minutes / 60, "hour");
  if (minutes > 90) return `${unit(Math.floor(minutes / 60), "hour")} ${unit(minutes % 60, "minute")}`;
  return unit(minutes, "minute");
}
