import type { MemberActor } from "@/lib/server/auth/actor";
import { hashSecret, verifySecret } from "@/lib/server/auth/passwords";
import { endEverySession } from "@/lib/server/auth/sessions";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { checkNewPassword } from "@/lib/server/services/accounts/check-new-password";
import { publisher } from "@/lib/server/services/publisher";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { changePasswordInputSchema, pseudonymKey } from "@/lib/shared/schemas/account";

/** Changes the password and signs out every session, this one included (the page signs in again). */
export async function changePassword(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(changePasswordInputSchema, rawInput);
  await consumeRateLimit("passwordChangePerMember", actor.userId);
  checkNewPassword(input.newPassword, pseudonymKey(actor.pseudonym), "newPassword");

  const user = await db().user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("unauthenticated", "Please sign in again.");
  if (!(await verifySecret(user.passwordHash, input.currentPassword))) {
    const problem = "That is not your current password.";
    throw new AppError("invalid_input", problem, { fields: { currentPassword: problem } });
  }
  const passwordHash = await hashSecret(input.newPassword);
  const { count } = await db().user.updateMany({
    where: { id: actor.userId, passwordHash: user.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  if (count === 0)
    throw new AppError(
      "conflict",
      "Your password was changed somewhere else just now. Please sign in again.",
    );
  await endEverySession(actor.userId);
  publisher().disconnectUser(actor.userId);
}
