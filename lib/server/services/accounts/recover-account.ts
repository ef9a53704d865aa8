import type { VisitorContext } from "@/lib/server/auth/actor";
import { hashSecret, verifyAgainstNothing, verifySecret } from "@/lib/server/auth/passwords";
import { endEverySession } from "@/lib/server/auth/sessions";
import { generateRecoveryCode, normalizeRecoveryCode } from "@/lib/server/auth/recovery-codes";
import { db } from "@/lib/server/db";
import {
  consumeRateLimit,
  countFailure,
  refundRateLimit,
  resetRateLimit,
  slowDownFor,
} from "@/lib/server/rate-limit/limits";
import { checkNewPassword } from "@/lib/server/services/accounts/check-new-password";
import { publisher } from "@/lib/server/services/publisher";
import type { RecoverAccountResult } from "@/lib/shared/account-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { pseudonymKey, recoverAccountInputSchema } from "@/lib/shared/schemas/account";

const wrongCode =
  "That pseudonym and recovery code do not match. A code works only once: use the newest one you saved.";

/** Sets a new password with the recovery code, replaces the code, and signs out every session. */
export async function recoverAccount(
  visitor: VisitorContext,
  rawInput: unknown,
): Promise<RecoverAccountResult> {
  const input = parseInput(recoverAccountInputSchema, rawInput);
  const key = pseudonymKey(input.pseudonym);
  const pair = `${visitor.address}|${key}`;
  checkNewPassword(input.newPassword, key, "newPassword");
  // As for sign-in: failures counted per address and per (address, pseudonym); the pseudonym
  // alone only slows down, so nobody can lock the owner out of their own recovery code.
  await consumeRateLimit("recoveryFailuresPerAddress", visitor.address);
  await consumeRateLimit("recoveryFailuresPerAddressAndPseudonym", pair);
  await slowDownFor("recoveryFailuresPerPseudonym", key);

  const code = normalizeRecoveryCode(input.recoveryCode);
  const user = await db().user.findUnique({
    where: { pseudonymKey: key },
    select: { id: true, pseudonym: true, recoveryCodeHash: true },
  });
  const codeMatches = user
    ? await verifySecret(user.recoveryCodeHash, code)
    : await verifyAgainstNothing(code);
  if (!user || !codeMatches) {
    await countFailure("recoveryFailuresPerPseudonym", key);
    throw new AppError("unauthenticated", wrongCode, { fields: { recoveryCode: wrongCode } });
  }

  const recoveryCode = generateRecoveryCode();
  const [passwordHash, recoveryCodeHash] = await Promise.all([
    hashSecret(input.newPassword),
    hashSecret(normalizeRecoveryCode(recoveryCode)),
  ]);
  // Only if the code is still the one we checked: two uses of one code cannot both win.
  const { count } = await db().user.updateMany({
    where: { id: user.id, recoveryCodeHash: user.recoveryCodeHash },
    data: { passwordHash, recoveryCodeHash, sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new AppError("unauthenticated", wrongCode, { fields: { recoveryCode: wrongCode } });

  await endEverySession(user.id);
  await Promise.all([
    refundRateLimit("recoveryFailuresPerAddress", visitor.address),
    resetRateLimit("recoveryFailuresPerAddressAndPseudonym", pair),
    resetRateLimit("recoveryFailuresPerPseudonym", key),
  ]);
  publisher().disconnectUser(user.id);
  return { id: user.id, pseudonym: user.pseudonym, recoveryCode };
}
