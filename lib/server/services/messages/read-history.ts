import type { MemberActor } from "@/lib/server/auth/actor";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { canRead } from "@/lib/server/policies/room-policies";
import { readPostFacts } from "@/lib/server/services/messages/post-facts";
import { readVisibleMessages } from "@/lib/server/services/messages/visible-messages";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { historySchema } from "@/lib/shared/schemas/chat";

/**
 * Earlier messages (`before`), or everything since a point (`after`), oldest first. Two
 * statements, sent together: the room's and the reader's facts (read with other requests arriving
 * at the same moment), and the page, which leaves out everyone with a block with the reader itself.
 */
export async function readHistory(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ messages: WireMessage[] }> {
  const input = parseInput(historySchema, rawInput);
  await consumeRateLimit("historyPerMember", actor.userId);
  // The page is read beside the facts, not after them: one round trip of waiting instead of two.
  // It is handed out only if the facts allow this reader to read the room.
  const [facts, messages] = await Promise.all([
    readPostFacts(input.roomId, actor.userId),
    readVisibleMessages(actor.userId, input.roomId, {
      before: input.before ? BigInt(input.before) : undefined,
      after: input.after ? BigInt(input.after) : undefined,
      limit: input.limit,
    }),
  ]);
  if (!facts) throw new AppError("not_found", "We couldn't find that room.");
  const decision = canRead(facts.inRoom ? facts : null, facts);
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  return { messages };
}
