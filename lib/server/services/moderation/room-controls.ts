// A room's controls for its moderators: slow mode, lock, and the guidelines (a new version
// must be accepted again before posting). Every change is logged with who and why.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { recordAction, requireRoomModerator } from "@/lib/server/services/moderation/moderation-records";
import { publisher } from "@/lib/server/services/publisher";

export async function setSlowMode(
  actor: MemberActor,
  input: { roomId: string; seconds: number; reason: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, input.roomId);
    await tx.room.update({ where: { id: input.roomId }, data: { slowModeSeconds: input.seconds } });
    await recordAction(tx, {
      kind: "set_slow_mode",
      actorId: actor.userId,
      roomId: input.roomId,
      reason: input.reason,
      details: { seconds: input.seconds },
    });
  });
  publisher().toRoom(input.roomId, [], "room:updated", { id: input.roomId, slowModeSeconds: input.seconds });
}

export async function setRoomLock(
  actor: MemberActor,
  input: { roomId: string; locked: boolean; reason: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, input.roomId);
    await tx.room.update({
      where: { id: input.roomId },
      data: input.locked
        ? { lockedAt: new Date(), lockedReason: input.reason }
        : { lockedAt: null, lockedReason: null },
    });
    await recordAction(tx, {
      kind: input.locked ? "lock_room" : "unlock_room",
      actorId: actor.userId,
      roomId: input.roomId,
      reason: input.reason,
    });
  });
  publisher().toRoom(input.roomId, [], "room:updated", { id: input.roomId, locked: input.locked });
}

/** A careful room: newcomers' first messages wait for a moderator (docs/decisions/0021). */
export async function setCarefulRoom(
  actor: MemberActor,
  input: { roomId: string; careful: boolean; reason: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, input.roomId);
    await tx.room.update({ where: { id: input.roomId }, data: { careful: input.careful } });
    await recordAction(tx, {
      kind: "set_careful",
      actorId: actor.userId,
      roomId: input.roomId,
      reason: input.reason,
      details: { careful: input.careful },
    });
  });
  publisher().toRoom(input.roomId, [], "room:updated", { id: input.roomId, careful: input.careful });
}

export async function editGuidelines(
  actor: MemberActor,
  input: { roomId: string; guidelines: string; reason: string },
): Promise<void> {
  const version = await db().$transaction(async (tx) => {
    await requireRoomModerator(tx, actor, input.roomId);
    const room = await tx.room.update({
      where: { id: input.roomId },
      data: { guidelines: input.guidelines, guidelinesVersion: { increment: 1 } },
      select: { guidelinesVersion: true },
    });
    await recordAction(tx, {
      kind: "edit_guidelines",
      actorId: actor.userId,
      roomId: input.roomId,
      reason: input.reason,
      details: { version: room.guidelinesVersion },
    });
    return room.guidelinesVersion;
  });
  publisher().toRoom(input.roomId, [], "room:updated", {
    id: input.roomId,
    guidelinesVersion: version,
    guidelines: input.guidelines,
  });
}
