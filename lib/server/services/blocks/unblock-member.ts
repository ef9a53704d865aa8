import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/shared/parse-input";
import { blockSchema } from "@/lib/shared/schemas/chat";

export async function unblockMember(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(blockSchema, rawInput);
  await db().block.deleteMany({ where: { blockerId: actor.userId, blockedId: input.userId } });
}
