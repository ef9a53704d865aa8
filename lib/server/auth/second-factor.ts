// Which second steps an account has. The one place that answers "has a second factor?":
// sign-in asks it (a password alone then opens no session), the staff gate's page and the
// rule that a staff account keeps its last one ask it too. Passkeys count (decision 0032).
import { db } from "@/lib/server/db";

export type SecondFactorName = "app" | "passkey";

export interface SecondFactors {
  /** A confirmed authenticator app. */
  app: boolean;
  /** How many passkeys (decision 0032). */
  passkeys: number;
}

export async function secondFactorsOf(userId: string): Promise<SecondFactors> {
  const [app, passkeys] = await Promise.all([
    db().authenticatorApp.findFirst({
      where: { userId, confirmedAt: { not: null } },
      select: { userId: true },
    }),
    db().passkey.count({ where: { userId } }),
  ]);
  return { app: app !== null, passkeys };
}

export function countSecondFactors(factors: SecondFactors): number {
  return (factors.app ? 1 : 0) + factors.passkeys;
}

export async function hasSecondFactor(userId: string): Promise<boolean> {
  return countSecondFactors(await secondFactorsOf(userId)) > 0;
}
