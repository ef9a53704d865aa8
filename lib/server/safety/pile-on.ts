// Pile-ons: when messages from several different members, aimed at one member (they name
// them), are reported or flagged within a few minutes, the room slows down by itself, the
// moderators get a priority item naming the pattern, and the person targeted gets a private
// note that moderators are looking. Called after every report a person or the system files.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";
import { raiseCareItem } from "@/lib/server/services/care/raise-care-item";
import { recordAction, toModerators } from "@/lib/server/services/moderation/moderation-records";
import { announceNotice, writeNotice } from "@/lib/server/services/notices/write-notice";
import { publisher } from "@/lib/server/services/publisher";

export const pileOnRule = {
  /** How far back reported or flagged messages count. */
  windowMinutes: 10,
  /** Different authors aiming at the same person. */
  distinctAuthors: 3,
  /** The slow mode the room switches to, unless it is already slower. */
  slowModeSeconds: 30,
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether a message names this person: their whole pseudonym, with or without "@", any case. */
export function namesPerson(body: string, pseudonym: string): boolean {
  const words = pseudonym.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  return new RegExp(`(^|[^\\p{L}\\p{N}])@?${words}(?=$|[^\\p{L}\\p{N}])`, "iu").test(body);
}

interface Target {
  id: string;
  pseudonym: string;
}

async function targetsOf(roomId: string, message: { body: string; authorId: string }): Promise<Target[]> {
  const people = await db().membership.findMany({
    where: { roomId, removedAt: null, userId: { not: message.authorId } },
    select: { user: { select: { id: true, pseudonym: true, deletedAt: true } } },
  });
  return people
    .map((row) => row.user)
    .filter((user) => !user.deletedAt && namesPerson(message.body, user.pseudonym));
}

export async function watchForPileOn(messageId: bigint): Promise<void> {
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: { roomId: true, authorId: true, body: true },
  });
  if (!message) return;
  const since = new Date(Date.now() - pileOnRule.windowMinutes * 60_000);
  for (const target of await targetsOf(message.roomId, message)) {
    const aimed = await db().message.findMany({
      where: {
        roomId: message.roomId,
        createdAt: { gte: since },
        authorId: { not: target.id },
        deletedAt: null,
        body: { contains: target.pseudonym.split(/\s+/)[0] ?? target.pseudonym, mode: "insensitive" },
        reports: { some: { status: "open", source: { not: "pile_on" } } },
      },
      select: { id: true, authorId: true, body: true, author: { select: { pseudonym: true } } },
      orderBy: { id: "asc" },
    });
    const atTarget = aimed.filter((row) => namesPerson(row.body, target.pseudonym));
    const authors = new Map(atTarget.map((row) => [row.authorId, row.author.pseudonym]));
    if (authors.size < pileOnRule.distinctAuthors) continue;
    await raisePileOn(
      message.roomId,
      target,
      [...authors.values()],
      atTarget.map((row) => row.id),
    );
  }
}

async function raisePileOn(
  roomId: string,
  target: Target,
  authors: string[],
  messageIds: bigint[],
): Promise<void> {
  const latest = messageIds[messageIds.length - 1];
  if (latest === undefined) return;
  const details = `Several members aimed messages at ${target.pseudonym} within ${pileOnRule.windowMinutes} minutes: ${authors.join(", ")}`;
  const evidence: Prisma.InputJsonValue = {
    pattern: "pile_on",
    target: { id: target.id, pseudonym: target.pseudonym },
    authors,
    messageIds: messageIds.map(String),
  };
  const outcome = await db().$transaction(async (tx) => {
    // One open item per person targeted: later messages refresh it instead of adding more.
    const open = await tx.report.findFirst({
      where: {
        roomId,
        source: "pile_on",
        status: "open",
        evidence: { path: ["target", "id"], equals: target.id },
      },
      select: { id: true },
    });
    if (open) {
      await tx.report.update({ where: { id: open.id }, data: { details, evidence } });
      return null;
    }
    await tx.report.create({
      data: { messageId: latest, roomId, source: "pile_on", reason: "harassment", details, evidence },
    });
    const room = await tx.room.findUniqueOrThrow({
      where: { id: roomId },
      select: { slowModeSeconds: true },
    });
    const slowed = room.slowModeSeconds < pileOnRule.slowModeSeconds;
    if (slowed) {
      await tx.room.update({ where: { id: roomId }, data: { slowModeSeconds: pileOnRule.slowModeSeconds } });
      await recordAction(tx, {
        kind: "set_slow_mode",
        actorId: null,
        roomId,
        reason: `Automatic: several members aimed messages at one member`,
        details: { automatic: true, seconds: pileOnRule.slowModeSeconds, pattern: "pile_on" },
      });
    }
    const notice = await writeNotice(tx, {
      userId: target.id,
      roomId,
      kind: "care_note",
      body: "Some messages aimed at you were reported. Moderators are looking, and the room is slowed down for now. You can step away, mute or block anyone, and ask a moderator to check in with you.",
    });
    return { notice, slowed };
  });
  if (!outcome) return;
  if (outcome.slowed)
    publisher().toRoom(roomId, [], "room:updated", {
      id: roomId,
      slowModeSeconds: pileOnRule.slowModeSeconds,
    });
  announceNotice(outcome.notice);
  await toModerators(roomId, "report:new", { roomId, messageId: latest.toString(), reason: "harassment" });
  await toModerators(roomId, "attention:changed");
  await raiseCareItem({ kind: "pile_on", roomId, memberId: target.id, messageId: latest });
}
