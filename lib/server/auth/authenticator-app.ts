// An account's authenticator app: its secret opened from the box, and a code accepted at most
// once. The newest accepted step is kept per account and moved only forward, by one conditional
// UPDATE: two uses of one code at the same moment cannot both pass, nor can an older code.
import { stepOfCode } from "@/lib/server/auth/app-codes";
import { openSecret, sealSecret } from "@/lib/server/auth/secret-box";
import { db } from "@/lib/server/db";

const purpose = "authenticator-app";

export function sealAppSecret(userId: string, base32Secret: string): string {
  return sealSecret(purpose, userId, base32Secret);
}

export function openAppSecret(userId: string, sealed: string): string {
  return openSecret(purpose, userId, sealed);
}

/**
 * True when `code` is a current code of the account's confirmed app that was not used before;
 * the code's step is then spent. False for anything else (no app, wrong code, used code).
 */
export async function spendAppCode(userId: string, code: string): Promise<boolean> {
  const app = await db().authenticatorApp.findUnique({
    where: { userId },
    select: { secretEncrypted: true, confirmedAt: true },
  });
  if (!app?.confirmedAt) return false;
  const step = stepOfCode(openAppSecret(userId, app.secretEncrypted), code);
  if (step === null) return false;
  const { count } = await db().authenticatorApp.updateMany({
    where: {
      userId,
      confirmedAt: { not: null },
      secretEncrypted: app.secretEncrypted,
      OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }],
    },
    data: { lastUsedStep: step },
  });
  return count === 1;
}
