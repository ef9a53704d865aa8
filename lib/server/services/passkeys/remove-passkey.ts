// Removing one of my passkeys. A moderator or admin keeps at least one second factor while they
// hold the role (issue 26): their last passkey goes only when another second factor remains.
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatorMembership } from "@/lib/server/policies/moderation-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { removePasskeySchema } from "@/lib/shared/schemas/passkey";

export const lastSecondFactorMessage =
  "This is your last passkey, and moderators and admins keep a second factor while they hold the role. " +
  "Add another passkey or an authenticator app first, then remove this one. Nothing was changed.";

export async function removePasskey(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(removePasskeySchema, rawInput);
  await consumeRateLimit("passkeyChangePerMember", actor.userId);
  await db().$transaction(async (tx) => {
    // One removal at a time per person: two at once could otherwise each see "another one left".
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${actor.userId}::uuid FOR UPDATE`;
    const passkey = await tx.passkey.findFirst({
      where: { id: input.passkeyId, userId: actor.userId },
      select: { id: true },
    });
    if (!passkey) throw new AppError("not_found", "That passkey is no longer on your account.");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: {
        siteRole: true,
        _count: { select: { passkeys: true, memberships: { where: moderatorMembership } } },
      },
    });
    const holdsStaffRole = user.siteRole === "admin" || user._count.memberships > 0;
    if (holdsStaffRole && user._count.passkeys <= 1)
      throw new AppError("last_second_factor", lastSecondFactorMessage);
    await tx.passkey.delete({ where: { id: passkey.id } });
  });
}
