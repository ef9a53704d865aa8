// Hiding someone's messages for oneself, without blocking them: they are not told, they still
// see one's own messages, and it is undone from /settings.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { personalMuteSchema } from "@/lib/shared/schemas/account";

export interface MutedPerson {
  id: string;
  pseudonym: string;
  mutedAt: string;
}

export async function listPersonalMutes(actor: MemberActor): Promise<MutedPerson[]> {
  const rows = await db().personalMute.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, mutedUser: { select: { id: true, pseudonym: true } } },
  });
  return rows.map((row) => ({ ...row.mutedUser, mutedAt: row.createdAt.toISOString() }));
}

export async function mutedIdsOf(actor: MemberActor): Promise<string[]> {
  const rows = await db().personalMute.findMany({
    where: { userId: actor.userId },
    select: { mutedUserId: true },
  });
  return rows.map((row) => row.mutedUserId);
}

export async function muteForMe(actor: MemberActor, rawInput: unknown): Promise<void> {
  const { userId } = parseInput(personalMuteSchema, rawInput);
  if (userId === actor.userId) throw new AppError("invalid_input", "You can't mute yourself.");
  await consumeRateLimit("personalMutePerMember", actor.userId);
  const person = await db().user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!person) throw new AppError("not_found", "We couldn't find that person.");
  // Muting twice (two tabs, a double click) is the same as once.
  await db().personalMute.upsert({
    where: { userId_mutedUserId: { userId: actor.userId, mutedUserId: userId } },
    create: { userId: actor.userId, mutedUserId: userId },
    update: {},
  });
}

export async function unmuteForMe(actor: MemberActor, rawInput: unknown): Promise<void> {
  const { userId } = parseInput(personalMuteSchema, rawInput);
  await db().personalMute.deleteMany({ where: { userId: actor.userId, mutedUserId: userId } });
}
