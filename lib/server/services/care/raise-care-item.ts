// A crisis message, a member asking for a check-in, or a pile-on becomes a care item: one row,
// due at once, that the care worker turns into alerts (care-worker.ts). Raising it never fails
// the action that raised it: the item is in the moderators' queue live either way.
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { wakeCareWorker } from "@/lib/server/services/care/care-wake";
import type { CareItemKind } from "@/lib/shared/care-types";

export interface RaisedCare {
  kind: CareItemKind;
  roomId: string;
  /** The person who may need care. */
  memberId: string;
  messageId?: bigint;
  checkInId?: string;
}

export async function raiseCareItem(care: RaisedCare): Promise<void> {
  try {
    // One item per crisis message, pile-on message or check-in: raising it again changes nothing.
    const inserted = await db().$executeRaw`
      INSERT INTO "CareItem" (kind, "roomId", "memberId", "messageId", "checkInId", "alertDueAt")
      VALUES (${care.kind}::"CareItemKind", ${care.roomId}::uuid, ${care.memberId}::uuid,
              ${care.messageId ?? null}::bigint, ${care.checkInId ?? null}::uuid, now())
      ON CONFLICT DO NOTHING`;
    if (inserted > 0) wakeCareWorker();
  } catch (error) {
    logger().error({ err: error, kind: care.kind, roomId: care.roomId }, "a care item could not be raised");
  }
}
