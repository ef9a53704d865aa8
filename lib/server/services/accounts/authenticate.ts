import type { VisitorContext } from "@/lib/server/auth/actor";
import { verifyAgainstNothing, verifySecret } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db";
import { consumeRateLimit, resetRateLimit } from "@/lib/server/rate-limit/limits";
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

/** Checks a pseudonym and password; used by the sign-in provider. */
export async function authenticate(visitor: VisitorContext, rawInput: unknown): Promise<AuthenticatedMember> {
  const input = parseInput(signInInputSchema, rawInput);
  const key = pseudonymKey(input.pseudonym);
  await consumeRateLimit("signInPerAddress", visitor.address);
  await consumeRateLimit("signInPerPseudonym", key);

  const user = await db().user.findUnique({
    where: { pseudonymKey: key },
    select: { id: true, pseudonym: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const passwordMatches = user
    ? await verifySecret(user.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!user || !passwordMatches || user.disabledAt) {
    throw new AppError("unauthenticated", wrongCredentials, { fields: { password: wrongCredentials } });
  }
  await resetRateLimit("signInPerPseudonym", key);
  return { id: user.id, pseudonym: user.pseudonym, sessionVersion: user.sessionVersion };
}
