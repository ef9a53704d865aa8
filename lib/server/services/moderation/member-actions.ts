// Moderating a person in a room: a warning, a timed mute (it lifts itself when the time is up),
// removal (their sockets leave the room at once; they can't read or rejoin until it is lifted).
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { recordAction, requireActionOnMember } from "@/lib/server/services/moderation/moderation-records";
import { announceNotice, describeMinutes, writeNotice } from "@/lib/server/services/notices/write-notice";
import { publisher } from "@/lib/server/services/publisher";
import { broadcastRoomChange } from "@/lib/server/services/rooms/broadcast-room-change";
import { countActiveMembers } from "@/lib/server/services/rooms/room-records";

interface MemberInput {
  roomId: string;
  userId: string;
  reason: string;
}

export async function warnMember(actor: MemberActor, input: MemberInput): Promise<void> {
  const body = `A moderator sent you a warning: ${input.reason}`;
  const notice = await db().$transaction(async (tx) => {
    const { ranks } = await requireActionOnMember(tx, actor, input.roomId, input.userId);
    const action = await recordAction(tx, {
      ...ranks,
      kind: "warn_member",
      actorId: actor.userId,
      roomId: input.roomId,
      targetUserId: input.userId,
      reason: input.reason,
    });
    return writeNotice(tx, {
      userId: input.userId,
      roomId: input.roomId,
      kind: "warning",
      body,
      reason: input.reason,
      moderationActionId: action.id,
    });
  });
  announceNotice(notice);
}

export async function muteMember(
  actor: MemberActor,
  input: MemberInput & { minutes: number },
): Promise<void> {
  const until = new Date(Date.now() + input.minutes * 60_000);
  const notice = await db().$transaction(async (tx) => {
    const { membershipId, ranks } = await requireActionOnMember(tx, actor, input.roomId, input.userId);
    await tx.membership.update({ where: { id: membershipId }, data: { mutedUntil: until } });
    const action = await recordAction(tx, {
      ...ranks,
      kind: "mute_member",
      actorId: actor.userId,
      roomId: input.roomId,
      targetUserId: input.userId,
      reason: input.reason,
      details: { minutes: input.minutes, until: until.toISOString() },
    });
    return writeNotice(tx, {
      userId: input.userId,
      roomId: input.roomId,
      kind: "mute",
      body: `A moderator paused your messages for ${describeMinutes(input.minutes)}. Reason: ${input.reason}`,
      reason: input.reason,
      until,
      moderationActionId: action.id,
    });
  });
  announceNotice(notice);
  publisher().toUser(input.userId, "member:muted", {
    roomId: input.roomId,
    until: until.toISOString(),
    reason: input.reason,
  });
}

export async function unmuteMember(actor: MemberActor, input: MemberInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const { membershipId } = await requireActionOnMember(tx, actor, input.roomId, input.userId);
    await tx.membership.update({ where: { id: membershipId }, data: { mutedUntil: null } });
    await recordAction(tx, {
      kind: "unmute_member",
      actorId: actor.userId,
      roomId: input.roomId,
      targetUserId: input.userId,
      reason: input.reason,
    });
  });
  publisher().toUser(input.userId, "member:muted", {
    roomId: input.roomId,
    until: null,
    reason: input.reason,
  });
}

export async function removeMember(actor: MemberActor, input: MemberInput): Promise<void> {
  const notice = await db().$transaction(async (tx) => {
    const { membershipId, ranks } = await requireActionOnMember(tx, actor, input.roomId, input.userId);
    await tx.membership.update({ where: { id: membershipId }, data: { removedAt: new Date() } });
    const action = await recordAction(tx, {
      ...ranks,
      kind: "remove_member",
      actorId: actor.userId,
      roomId: input.roomId,
      targetUserId: input.userId,
      reason: input.reason,
    });
    return writeNotice(tx, {
      userId: input.userId,
      roomId: input.roomId,
      kind: "removal",
      body: `A moderator removed you from a room. Reason: ${input.reason}`,
      reason: input.reason,
      moderationActionId: action.id,
    });
  });
  announceNotice(notice);
  publisher().removeUserFromRoom(input.userId, input.roomId);
  publisher().toUser(input.userId, "member:removed", { roomId: input.roomId, reason: input.reason });
  await broadcastRoomChange(input.roomId, await countActiveMembers(db(), input.roomId));
}

export async function liftRemoval(actor: MemberActor, input: MemberInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const { membershipId } = await requireActionOnMember(tx, actor, input.roomId, input.userId);
    // They are out of the room, free to join again.
    await tx.membership.update({
      where: { id: membershipId },
      data: { removedAt: null, leftAt: new Date() },
    });
    await recordAction(tx, {
      kind: "lift_removal",
      actorId: actor.userId,
      roomId: input.roomId,
      targetUserId: input.userId,
      reason: input.reason,
    });
  });
}
