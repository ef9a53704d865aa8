// Watched words, set by admins for the whole site or one room. Every change is logged.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { canAdminister } from "@/lib/server/policies/moderation-policies";
import { forgetWatchedWords } from "@/lib/server/safety/screen-message";
import { recordAction } from "@/lib/server/services/moderation/moderation-records";
import type { WatchedWordView } from "@/lib/shared/admin-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { addWatchedWordSchema, removeWatchedWordSchema } from "@/lib/shared/schemas/admin";

function requireAdmin(actor: MemberActor): void {
  const decision = canAdminister(actor);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
}

export async function listWatchedWords(actor: MemberActor): Promise<{ words: WatchedWordView[] }> {
  requireAdmin(actor);
  const words = await db().watchedWord.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, phrase: true, action: true, roomId: true, createdAt: true },
  });
  return { words: words.map((word) => ({ ...word, createdAt: word.createdAt.toISOString() })) };
}

export async function addWatchedWord(actor: MemberActor, rawInput: unknown): Promise<{ id: string }> {
  requireAdmin(actor);
  const input = parseInput(addWatchedWordSchema, rawInput);
  await consumeRateLimit("adminActionPerMember", actor.userId);
  if (input.roomId && !(await db().room.findUnique({ where: { id: input.roomId }, select: { id: true } })))
    throw new AppError("not_found", "We couldn't find that room.");
  const word = await db().$transaction(async (tx) => {
    const created = await tx.watchedWord.create({
      data: { phrase: input.phrase, action: input.action, roomId: input.roomId, createdById: actor.userId },
      select: { id: true },
    });
    await recordAction(tx, {
      kind: "add_watched_word",
      actorId: actor.userId,
      roomId: input.roomId,
      reason: input.reason,
      details: { phrase: input.phrase, action: input.action },
    });
    return created;
  });
  forgetWatchedWords();
  return word;
}

export async function removeWatchedWord(actor: MemberActor, rawInput: unknown): Promise<void> {
  requireAdmin(actor);
  const input = parseInput(removeWatchedWordSchema, rawInput);
  await consumeRateLimit("adminActionPerMember", actor.userId);
  await db().$transaction(async (tx) => {
    const word = await tx.watchedWord.findUnique({
      where: { id: input.id },
      select: { phrase: true, action: true, roomId: true },
    });
    if (!word) throw new AppError("not_found", "That word is not on the list.");
    await tx.watchedWord.delete({ where: { id: input.id } });
    await recordAction(tx, {
      kind: "remove_watched_word",
      actorId: actor.userId,
      roomId: word.roomId,
      reason: input.reason,
      details: { phrase: word.phrase, action: word.action },
    });
  });
  forgetWatchedWords();
}
