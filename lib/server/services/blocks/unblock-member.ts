import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { parseInput } from "@/lib/shared/parse-input";
import { blockSchema } from "@/lib/shared/schemas/chat";

export async function unblockMember(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(blockSchema, rawInput);
  await consumeRateLimit("blockPerMember", actor.userId);
  await db().block.deleteMany({ where: { blockerId: actor.userId, blockedId: input.userId } });
}
