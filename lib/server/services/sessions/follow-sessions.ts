// Following a room's sessions: a reminder before each one while Hearth is open, and by push for
// the browsers whose person said yes. Anyone signed in may follow a room that is open.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { followSessionsSchema } from "@/lib/shared/schemas/session";

export async function setFollowing(actor: MemberActor, rawInput: unknown): Promise<{ following: boolean }> {
  const { roomId, following } = parseInput(followSessionsSchema, rawInput);
  await consumeRateLimit("sessionFollowPerMember", actor.userId);
  if (!following) {
    await db().sessionFollow.deleteMany({ where: { userId: actor.userId, roomId } });
    return { following: false };
  }
  const room = await db().room.findFirst({ where: { id: roomId, archivedAt: null }, select: { id: true } });
  if (!room) throw new AppError("not_found", "We couldn't find that room.");
  const removed = await db().membership.findFirst({
    where: { roomId, userId: actor.userId, removedAt: { not: null } },
    select: { id: true },
  });
  if (removed) throw new AppError("removed", "A moderator removed you from this room.");
  await db().sessionFollow.upsert({
    where: { userId_roomId: { userId: actor.userId, roomId } },
    create: { userId: actor.userId, roomId },
    update: {},
  });
  return { following: true };
}

export async function isFollowing(userId: string, roomId: string): Promise<boolean> {
  return (await db().sessionFollow.count({ where: { userId, roomId } })) > 0;
}
