// A passkey as the second step after a password (decision 0032): the pending sign-in's account
// gets a challenge for its own passkeys; the device's answer completes the pending sign-in like
// an app code would, and next-auth then opens a session that records "passkey".
import {
  generateAuthenticationOptions,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import type { VisitorContext } from "@/lib/server/auth/actor";
import { relyingParty } from "@/lib/server/auth/passkey-relying-party";
import { secondFactorsOf } from "@/lib/server/auth/second-factor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { completePendingSignIn, pendingSignInAccount } from "@/lib/server/services/accounts/pending-sign-in";
import { CHALLENGE_LIFETIME_MS, issueChallenge } from "@/lib/server/services/passkeys/passkey-challenges";
import { transportsOf } from "@/lib/server/services/passkeys/passkey-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { passkeySecondStepOptionsSchema, passkeySecondStepSchema } from "@/lib/shared/schemas/passkey";

export interface PasskeySecondStepOptions {
  /** Null when the account has no passkey. */
  options: PublicKeyCredentialRequestOptionsJSON | null;
  /** Whether an authenticator app is another way for this account. */
  app: boolean;
}

/** The ways this pending sign-in can pass its second step, and a challenge for its passkeys. */
export async function passkeySecondStepOptions(
  visitor: VisitorContext,
  rawInput: unknown,
): Promise<PasskeySecondStepOptions> {
  const input = parseInput(passkeySecondStepOptionsSchema, rawInput);
  await consumeRateLimit("passkeyPromptsPerAddress", visitor.address);
  const userId = await pendingSignInAccount(input.pendingSignIn);
  const [factors, passkeys] = await Promise.all([
    secondFactorsOf(userId),
    db().passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } }),
  ]);
  if (passkeys.length === 0) return { options: null, app: factors.app };
  const challenge = await issueChallenge("second_step", userId);
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    challenge: new Uint8Array(Buffer.from(challenge, "base64url")),
    timeout: CHALLENGE_LIFETIME_MS - 30_000,
    userVerification: "required",
    allowCredentials: passkeys.map((passkey) => ({
      id: passkey.credentialId,
      transports: transportsOf(passkey.transports),
    })),
  });
  return { options, app: factors.app };
}

/** The device's answer for a pending sign-in: completes it (failures count like wrong codes). */
export async function passPasskeySecondStep(visitor: VisitorContext, rawInput: unknown): Promise<void> {
  const input = parseInput(passkeySecondStepSchema, rawInput);
  const result = await completePendingSignIn(visitor, input.pendingSignIn, {
    kind: "passkey",
    credential: input.credential,
  });
  if (result.recoveryCode)
    throw new AppError("internal", "Something went wrong on our side. Please try again.");
}
