import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { canRead } from "@/lib/server/policies/room-policies";
import { readVisibleMessages } from "@/lib/server/services/messages/visible-messages";
import { findMembership, findRoom } from "@/lib/server/services/rooms/room-records";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { historySchema } from "@/lib/shared/schemas/chat";

/** Earlier messages (`before`), or everything since a point (`after`), oldest first. */
export async function readHistory(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ messages: WireMessage[] }> {
  const input = parseInput(historySchema, rawInput);
  await consumeRateLimit("historyPerMember", actor.userId);
  const room = await findRoom(db(), input.roomId);
  const decision = canRead(await findMembership(db(), room.id, actor.userId), room);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  const messages = await readVisibleMessages(actor.userId, room.id, {
    before: input.before ? BigInt(input.before) : undefined,
    after: input.after ? BigInt(input.after) : undefined,
    limit: input.limit,
  });
  return { messages };
}
