import { Prisma } from "@/generated/prisma/client";
import type { VisitorContext } from "@/lib/server/auth/actor";
import { hashSecret } from "@/lib/server/auth/passwords";
import { generateRecoveryCode, normalizeRecoveryCode } from "@/lib/server/auth/recovery-codes";
import { isReservedPseudonym } from "@/lib/server/auth/reserved-pseudonyms";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { checkNewPassword } from "@/lib/server/services/accounts/check-new-password";
import type { SignUpResult } from "@/lib/shared/account-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { pseudonymKey, signUpInputSchema } from "@/lib/shared/schemas/account";

const takenMessage = "Someone already uses that pseudonym. Please choose another.";

export async function signUp(visitor: VisitorContext, rawInput: unknown): Promise<SignUpResult> {
  const input = parseInput(signUpInputSchema, rawInput);
  const key = pseudonymKey(input.pseudonym);
  if (isReservedPseudonym(key)) {
    const problem = "That name is kept for Hearth's own use. Please choose another.";
    throw new AppError("invalid_input", problem, { fields: { pseudonym: problem } });
  }
  checkNewPassword(input.password, key, "password");
  await consumeRateLimit("signUpPerAddress", visitor.address);

  const [existing, retired] = await Promise.all([
    db().user.findUnique({ where: { pseudonymKey: key }, select: { id: true } }),
    // A deleted account's name stays taken for a while: nobody can pass as the person who left.
    db().retiredPseudonym.findFirst({ where: { pseudonymKey: key, reservedUntil: { gt: new Date() } } }),
  ]);
  if (existing || retired)
    throw new AppError("pseudonym_taken", takenMessage, { fields: { pseudonym: takenMessage } });

  const recoveryCode = generateRecoveryCode();
  const [passwordHash, recoveryCodeHash] = await Promise.all([
    hashSecret(input.password),
    hashSecret(normalizeRecoveryCode(recoveryCode)),
  ]);
  try {
    const user = await db().user.create({
      data: { pseudonym: input.pseudonym, pseudonymKey: key, passwordHash, recoveryCodeHash },
      select: { id: true, pseudonym: true },
    });
    return { ...user, recoveryCode };
  } catch (error) {
    // Two people choosing the same name at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("pseudonym_taken", takenMessage, { fields: { pseudonym: takenMessage } });
    }
    throw error;
  }
}
