import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { blockSchema } from "@/lib/shared/schemas/chat";

/** Blocks someone, silently: they are not told; from now on neither sees the other. */
export async function blockMember(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(blockSchema, rawInput);
  await consumeRateLimit("blockPerMember", actor.userId);
  if (input.userId === actor.userId)
    throw new AppError("invalid_input", "You can't block yourself.", {
      fields: { userId: "You can't block yourself." },
    });
  const target = await db().user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!target) throw new AppError("not_found", "We couldn't find that member.");
  // INSERT … ON CONFLICT DO NOTHING: two blocks of the same person at once make one, no error.
  await db().block.createMany({
    data: [{ blockerId: actor.userId, blockedId: input.userId }],
    skipDuplicates: true,
  });
}
