// Watching a room from outside: a signed-in person who has not joined it (or an appointed
// moderator who never has) sees on its page what anyone may see, kept live: its next session and
// its settings. They receive the room's `room:updated` changes, never its messages, presence or
// typing, and nobody is told they are there.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canSeeRoom } from "@/lib/server/policies/room-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import {
  countActiveMembers,
  findMembership,
  findRoom,
  toWireRoom,
} from "@/lib/server/services/rooms/room-records";
import { roomSession } from "@/lib/server/services/sessions/room-session";
import type { WireRoom } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { roomRefSchema } from "@/lib/shared/schemas/chat";

/**
 * Starts the changes of one room reaching this person's socket (`watching`, called once allowed,
 * before the room is read, so no change falls between) and answers the room as it is now.
 */
export async function watchRoom(
  actor: MemberActor,
  rawInput: unknown,
  watching: (roomId: string) => Promise<void> | void,
): Promise<{ room: WireRoom }> {
  const { roomId } = parseInput(roomRefSchema, rawInput);
  await consumeRateLimit("roomJoinLeavePerMember", actor.userId);
  const room = await findRoom(db(), roomId);
  const decision = canSeeRoom(await findMembership(db(), roomId, actor.userId), room);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  await watching(roomId);
  const [memberCount, session] = await Promise.all([countActiveMembers(db(), roomId), roomSession(roomId)]);
  return { room: { ...toWireRoom(room, memberCount), session } };
}
