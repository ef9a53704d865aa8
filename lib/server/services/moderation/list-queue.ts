// The moderator queue: open reports for the rooms I moderate (all rooms for admins), one item
// per message, self-harm risk first, then oldest; never reports about my own messages. Each item carries the message, a little
// context, the reasons and how many people reported it, and the author's earlier moderation
// history in that room.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import {
  moderatedRoomsWhere,
  moderatesEveryRoom,
  moderatorsOfRoomWhere,
} from "@/lib/server/policies/moderation-policies";
import { careTrailsByMessage } from "@/lib/server/services/care/care-trail";
import { awaitingModerator } from "@/lib/server/services/messages/wire-message";
import type { AutomaticFlag, QueueItem } from "@/lib/shared/moderation-types";

/** What the system saw, in words a moderator can check: the rules or the watched words that matched. */
function automaticFlag(source: string, evidence: unknown, details: string | null): AutomaticFlag {
  const record = (evidence ?? {}) as {
    crisis?: { rule: string; describe: string }[];
    watchedWords?: string[];
  };
  if (source === "pile_on" || source === "newcomer_hold")
    return { source, matched: details ? [details] : [] };
  if (source === "crisis_detection")
    return {
      source: "crisis_detection",
      matched: record.crisis?.map((match) => match.describe) ?? (details ? [details] : []),
    };
  return {
    source: "watched_word",
    matched: record.watchedWords ?? (details ? [details] : []),
  };
}

/** "all" for admins: their queue and log are not limited to rooms (the log has site-wide entries). */
export async function moderatedRoomIds(actor: MemberActor): Promise<string[] | "all"> {
  if (moderatesEveryRoom(actor)) return "all";
  const rows = await db().room.findMany({ where: moderatedRoomsWhere(actor), select: { id: true } });
  return rows.map((row) => row.id);
}

export async function listModerationQueue(
  actor: MemberActor,
  /** Only this message's item (a care item's own page). */
  only?: { messageId: bigint },
): Promise<{ moderates: boolean; items: QueueItem[] }> {
  const rooms = await moderatedRoomIds(actor);
  if (rooms !== "all" && rooms.length === 0) return { moderates: false, items: [] };
  const reports = await db().report.findMany({
    // Reports about one's own messages go to the others (rank: canModerateMessage).
    where: {
      status: "open",
      message: { authorId: { not: actor.userId } },
      ...(rooms !== "all" && { roomId: { in: rooms } }),
      ...(only && { messageId: only.messageId }),
    },
    select: {
      messageId: true,
      reason: true,
      details: true,
      createdAt: true,
      reporterId: true,
      source: true,
      evidence: true,
      assignedTo: { select: { id: true, pseudonym: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const grouped = new Map<bigint, typeof reports>();
  for (const report of reports)
    grouped.set(report.messageId, [...(grouped.get(report.messageId) ?? []), report]);

  const messages = await db().message.findMany({
    where: { id: { in: [...grouped.keys()] } },
    select: {
      id: true,
      roomId: true,
      body: true,
      contentWarning: true,
      crisisFlaggedAt: true,
      heldForReview: true,
      heldFor: true,
      hiddenAt: true,
      deletedAt: true,
      author: { select: { id: true, pseudonym: true } },
      room: { select: { id: true, name: true, slug: true } },
    },
  });
  const care = await careTrailsByMessage(messages.map((message) => message.id));
  const items = await Promise.all(
    messages.map(async (message): Promise<QueueItem> => {
      const forMessage = grouped.get(message.id) ?? [];
      const [before, after, history, checkIn, colleagues] = await Promise.all([
        db().message.findMany({
          where: { roomId: message.roomId, id: { lt: message.id }, deletedAt: null, hiddenAt: null },
          orderBy: { id: "desc" },
          take: 2,
          select: {
            id: true,
            body: true,
            contentWarning: true,
            crisisFlaggedAt: true,
            author: { select: { pseudonym: true } },
          },
        }),
        db().message.findMany({
          where: { roomId: message.roomId, id: { gt: message.id }, deletedAt: null, hiddenAt: null },
          orderBy: { id: "asc" },
          take: 2,
          select: {
            id: true,
            body: true,
            contentWarning: true,
            crisisFlaggedAt: true,
            author: { select: { pseudonym: true } },
          },
        }),
        db().moderationAction.findMany({
          where: {
            roomId: message.roomId,
            targetUserId: message.author.id,
            kind: { in: ["warn_member", "mute_member", "remove_member", "hide_message"] },
            actorId: { not: null },
          },
          orderBy: { createdAt: "desc" },
          take: 10,
          select: { kind: true, reason: true, createdAt: true },
        }),
        db().checkIn.findFirst({
          where: { roomId: message.roomId, memberId: message.author.id, status: "open" },
          select: { id: true },
        }),
        db().user.findMany({
          where: {
            AND: [moderatorsOfRoomWhere(message.roomId), { id: { not: actor.userId }, deletedAt: null }],
          },
          select: { id: true, pseudonym: true },
          orderBy: { pseudonym: "asc" },
          take: 50,
        }),
      ]);
      // People and the system are counted apart: an automatic flag is not a person reporting.
      const byPeople = forMessage.filter((report) => report.reporterId !== null);
      const reasons: Record<string, number> = {};
      for (const report of byPeople) reasons[report.reason] = (reasons[report.reason] ?? 0) + 1;
      const line = (
        row: {
          id: bigint;
          body: string;
          contentWarning: string | null;
          crisisFlaggedAt: Date | null;
          author: { pseudonym: string };
        },
        isReported: boolean,
      ) => ({
        id: row.id.toString(),
        author: row.author.pseudonym,
        body: row.body,
        contentWarning: row.contentWarning,
        needsCare: row.crisisFlaggedAt !== null,
        isReported,
      });
      return {
        messageId: message.id.toString(),
        room: message.room,
        author: message.author,
        body: message.body,
        contentWarning: message.contentWarning,
        needsCare: message.crisisFlaggedAt !== null,
        heldForReview: message.heldForReview,
        awaitingApproval: awaitingModerator(message) ? message.heldFor : null,
        reportedBy: byPeople.length,
        reasons,
        details: byPeople
          .map((report) => report.details)
          .filter((detail): detail is string => Boolean(detail)),
        automatic: forMessage
          .filter((report) => report.reporterId === null)
          .map((report) => automaticFlag(report.source, report.evidence, report.details)),
        selfHarmRisk: forMessage.some((report) => report.reason === "self_harm_risk"),
        pileOn: forMessage.some((report) => report.source === "pile_on"),
        firstReportedAt: (forMessage[0]?.createdAt ?? new Date()).toISOString(),
        context: [
          ...before.reverse().map((row) => line(row, false)),
          line(message, true),
          ...after.map((row) => line(row, false)),
        ],
        openCheckInId: checkIn?.id ?? null,
        assignedTo: forMessage.find((report) => report.assignedTo)?.assignedTo ?? null,
        colleagues,
        authorHistory: history.map((entry) => ({
          kind: entry.kind,
          reason: entry.reason,
          at: entry.createdAt.toISOString(),
        })),
        care: care.get(message.id.toString()) ?? null,
      };
    }),
  );
  items.sort(
    (a, b) =>
      Number(b.selfHarmRisk) - Number(a.selfHarmRisk) ||
      Number(b.pileOn) - Number(a.pileOn) ||
      a.firstReportedAt.localeCompare(b.firstReportedAt),
  );
  return { moderates: true, items };
}
