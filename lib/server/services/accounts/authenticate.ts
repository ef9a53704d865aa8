import type { VisitorContext } from "@/lib/server/auth/actor";
import { verifyAgainstNothing, verifySecret } from "@/lib/server/auth/passwords";
import { hasSecondFactor } from "@/lib/server/auth/second-factor";
import { db } from "@/lib/server/db";
import {
  consumeRateLimit,
  countFailure,
  refundRateLimit,
  resetRateLimit,
  slowDownFor,
} from "@/lib/server/rate-limit/limits";
import { startPendingSignIn } from "@/lib/server/services/accounts/pending-sign-in";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { pseudonymKey, signInInputSchema } from "@/lib/shared/schemas/account";

export interface AuthenticatedMember {
  id: string;
  pseudonym: string;
  sessionVersion: number;
}

// One message for a wrong pseudonym and a wrong password: no one learns which names exist.
const wrongCredentials = "That pseudonym and password do not match. Please check both and try again.";

/**
 * Checks a pseudonym and password; used by the sign-in provider. For an account with a second
 * step, throws `second_step_required` with a pending sign-in's token instead of answering.
 */
export async function authenticate(visitor: VisitorContext, rawInput: unknown): Promise<AuthenticatedMember> {
  const input = parseInput(signInInputSchema, rawInput);
  const key = pseudonymKey(input.pseudonym);
  const pair = `${visitor.address}|${key}`;
  // Every attempt is counted up front (so parallel guesses cannot slip past) and a success
  // gives its tries back: what remains counted are failures. The pseudonym alone only slows.
  await consumeRateLimit("signInFailuresPerAddress", visitor.address);
  await consumeRateLimit("signInFailuresPerAddressAndPseudonym", pair);
  await slowDownFor("signInFailuresPerPseudonym", key);

  const user = await db().user.findUnique({
    where: { pseudonymKey: key },
    select: { id: true, pseudonym: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const passwordMatches = user
    ? await verifySecret(user.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!user || !passwordMatches || user.disabledAt) {
    await countFailure("signInFailuresPerPseudonym", key);
    throw new AppError("unauthenticated", wrongCredentials, { fields: { password: wrongCredentials } });
  }
  await Promise.all([
    refundRateLimit("signInFailuresPerAddress", visitor.address),
    resetRateLimit("signInFailuresPerAddressAndPseudonym", pair),
    resetRateLimit("signInFailuresPerPseudonym", key),
  ]);
  // With a second step, the password alone opens no session (decision 0028): only a pending
  // sign-in, which the second step completes.
  if (await hasSecondFactor(user.id))
    throw new AppError("second_step_required", "Your password is right. Now the second step.", {
      pendingSignIn: await startPendingSignIn(user.id),
    });
  return { id: user.id, pseudonym: user.pseudonym, sessionVersion: user.sessionVersion };
}
