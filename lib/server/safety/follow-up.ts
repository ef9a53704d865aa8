// After a message is stored: flagged words and crisis words become reports the system files
// itself, and a person who may be in danger gets a private card of crisis resources.
import { db } from "@/lib/server/db";
import { toModerators } from "@/lib/server/services/moderation/moderation-records";
import { publisher } from "@/lib/server/services/publisher";
import type { Screening } from "@/lib/server/safety/screen-message";

export async function followUpScreening(
  message: { id: bigint; roomId: string; authorId: string },
  screening: Screening,
): Promise<void> {
  if (screening.flaggedBy.length > 0) {
    await db().report.create({
      data: {
        messageId: message.id,
        roomId: message.roomId,
        source: "watched_word",
        reason: "other",
        details: `Watched words: ${screening.flaggedBy.join(", ")}`,
      },
    });
    await toModerators(message.roomId, "report:new", {
      roomId: message.roomId,
      messageId: message.id.toString(),
      reason: "other",
    });
  }
  if (screening.crisis) {
    publisher().toUser(message.authorId, "crisis:care", {
      roomId: message.roomId,
      messageId: message.id.toString(),
    });
    await db().report.create({
      data: {
        messageId: message.id,
        roomId: message.roomId,
        source: "crisis_detection",
        reason: "self_harm_risk",
        details: "The words suggest the author may be in danger.",
      },
    });
    await toModerators(message.roomId, "report:new", {
      roomId: message.roomId,
      messageId: message.id.toString(),
      reason: "self_harm_risk",
    });
  }
}
