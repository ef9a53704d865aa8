// Removing one of my passkeys. A moderator or admin keeps at least one second factor (a passkey
// or the app) while they hold the role (issue 26), unless the install turned that rule off.
import { env } from "@/lib/env";
import type { MemberActor } from "@/lib/server/auth/actor";
import { countSecondFactors, secondFactorsOf } from "@/lib/server/auth/second-factor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { holdsStaffRole } from "@/lib/server/services/accounts/staff-role";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { removePasskeySchema } from "@/lib/shared/schemas/passkey";

export const lastSecondFactorMessage =
  "This is your last second step, and moderators and admins keep one while they hold the role. " +
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
    if (
      env().REQUIRE_STAFF_SECOND_FACTOR &&
      countSecondFactors(await secondFactorsOf(actor.userId)) <= 1 &&
      (await holdsStaffRole(actor.userId))
    )
      throw new AppError("last_second_factor", lastSecondFactorMessage);
    await tx.passkey.delete({ where: { id: passkey.id } });
  });
}
