import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canPost } from "@/lib/server/policies/room-policies";
import { blockedRelations } from "@/lib/server/services/blocks/blocked-relations";
import { publisher } from "@/lib/server/services/publisher";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import { parseInput } from "@/lib/shared/parse-input";
import { roomRefSchema } from "@/lib/shared/schemas/chat";

/** "… is typing": only from someone who could post, never to or from someone blocked, never to oneself. */
export async function signalTyping(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(roomRefSchema, rawInput);
  const room = await findRoom(db(), input.roomId);
  if (!canPost(await findMembership(db(), room.id, actor.userId), room, new Date()).allowed) return;
  const except = [actor.userId, ...(await blockedRelations(actor.userId))];
  publisher().toRoom(room.id, except, "typing", {
    roomId: room.id,
    user: { id: actor.userId, pseudonym: actor.pseudonym },
  });
}
