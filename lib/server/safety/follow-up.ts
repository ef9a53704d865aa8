// After words are stored (a new message or an edit): flagged words and crisis words become
// reports the system files itself, and a person who may be in danger gets a private card of
// crisis resources. An edit that is flagged again refreshes the open report rather than
// filing a second one.
import type { MessageHold, Prisma, ReportReason, ReportSource } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { watchForPileOn } from "@/lib/server/safety/pile-on";
import type { Screening } from "@/lib/server/safety/screen-message";
import { raiseCareItem } from "@/lib/server/services/care/raise-care-item";
import { toModerators } from "@/lib/server/services/moderation/moderation-records";
import { publisher } from "@/lib/server/services/publisher";

interface StoredWords {
  id: bigint;
  roomId: string;
  authorId: string;
  /** Stored by this very send: no report of the system's can be open on it yet. */
  newlyStored?: true;
}

async function fileSystemReport(
  message: StoredWords,
  report: { source: ReportSource; reason: ReportReason; details: string; evidence: Prisma.InputJsonValue },
): Promise<void> {
  // An edit flagged again refreshes the open report; a new message cannot have one (a crisis
  // message's ack waits for this, so the look is skipped where it would find nothing).
  const open = message.newlyStored
    ? null
    : await db().report.findFirst({
        where: { messageId: message.id, source: report.source, status: "open", reporterId: null },
        select: { id: true },
      });
  if (open) {
    await db().report.update({
      where: { id: open.id },
      data: { details: report.details, evidence: report.evidence },
    });
  } else {
    await db().report.create({ data: { messageId: message.id, roomId: message.roomId, ...report } });
  }
  await toModerators(message.roomId, "report:new", {
    roomId: message.roomId,
    messageId: message.id.toString(),
    reason: report.reason,
  });
}

export async function followUpScreening(message: StoredWords, screening: Screening): Promise<void> {
  if (screening.flaggedBy.length > 0) {
    await fileSystemReport(message, {
      source: "watched_word",
      reason: "other",
      details: `Watched words: ${screening.flaggedBy.join(", ")}`.slice(0, 1000),
      evidence: { watchedWords: screening.flaggedBy },
    });
    await watchForPileOn(message.id);
  }
  if (screening.crisis.length > 0) {
    publisher().toUser(message.authorId, "crisis:care", {
      roomId: message.roomId,
      messageId: message.id.toString(),
    });
    await fileSystemReport(message, {
      source: "crisis_detection",
      reason: "self_harm_risk",
      details: screening.crisis
        .map((match) => match.describe)
        .join("; ")
        .slice(0, 1000),
      evidence: {
        crisis: screening.crisis.map((match) => ({
          rule: match.rule,
          describe: match.describe,
          words: match.words,
        })),
      },
    });
    // Moderators are alerted even when none has Hearth open (docs/decisions/0025).
    await raiseCareItem({
      kind: "crisis",
      roomId: message.roomId,
      memberId: message.authorId,
      messageId: message.id,
    });
  }
}

/** What a moderator reads about a held message: why it waits. */
export const holdDetails: Record<MessageHold, string> = {
  careful_room: "A new member's message in a careful room",
  link: "A link from a new account",
  watched_word: "Watched words in a new member's message",
};

/** A newcomer's message was stored held: it waits in the queue for a moderator's approval. */
export async function holdForApproval(message: StoredWords, heldFor: MessageHold, screening: Screening) {
  await fileSystemReport(message, {
    source: "newcomer_hold",
    reason: "other",
    details: holdDetails[heldFor],
    evidence: { heldFor, ...(screening.flaggedBy.length > 0 && { watchedWords: screening.flaggedBy }) },
  });
}
