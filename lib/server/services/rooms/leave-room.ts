import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { publisher } from "@/lib/server/services/publisher";
import { broadcastRoomChange } from "@/lib/server/services/rooms/broadcast-room-change";
import { countActiveMembers, findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import { parseInput } from "@/lib/shared/parse-input";
import { roomRefSchema } from "@/lib/shared/schemas/chat";

/** Leaves a room; the membership stays (role, mute, removal survive leaving). */
export async function leaveRoom(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(roomRefSchema, rawInput);
  await consumeRateLimit("roomJoinLeavePerMember", actor.userId);
  const room = await findRoom(db(), input.roomId);
  const membership = await findMembership(db(), room.id, actor.userId);
  publisher().removeUserFromRoom(actor.userId, room.id);
  if (!membership || membership.leftAt) return;
  await db().membership.update({ where: { id: membership.id }, data: { leftAt: new Date() } });
  await broadcastRoomChange(room.id, await countActiveMembers(db(), room.id));
}
