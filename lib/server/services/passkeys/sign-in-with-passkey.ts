// Signing in with a passkey alone: no pseudonym, no password. The browser asks the device for
// any passkey it holds for Hearth (discoverable credentials); the device verifies its user.
import {
  generateAuthenticationOptions,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import type { VisitorContext } from "@/lib/server/auth/actor";
import { relyingParty } from "@/lib/server/auth/passkey-relying-party";
import { consumeRateLimit, refundRateLimit } from "@/lib/server/rate-limit/limits";
import type { AuthenticatedMember } from "@/lib/server/services/accounts/authenticate";
import {
  CHALLENGE_LIFETIME_MS,
  issueChallenge,
  takeChallenge,
} from "@/lib/server/services/passkeys/passkey-challenges";
import { verifyPasskeyAnswer } from "@/lib/server/services/passkeys/verify-passkey-answer";
import { parseInput } from "@/lib/shared/parse-input";
import { passkeySignInSchema } from "@/lib/shared/schemas/passkey";

/** What the browser needs to ask for a passkey, for anyone about to sign in. */
export async function passkeySignInOptions(
  visitor: VisitorContext,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  await consumeRateLimit("passkeyPromptsPerAddress", visitor.address);
  const challenge = await issueChallenge("sign_in", null);
  return generateAuthenticationOptions({
    rpID: relyingParty().id,
    challenge: new Uint8Array(Buffer.from(challenge, "base64url")),
    timeout: CHALLENGE_LIFETIME_MS - 30_000,
    userVerification: "required",
  });
}

/**
 * Checks a passkey's answer; used by the sign-in provider. Counts failures like wrong passwords.
 * The session it opens counts as having passed a second step: the device verified its user.
 */
export async function signInWithPasskey(
  visitor: VisitorContext,
  rawInput: unknown,
): Promise<AuthenticatedMember & { secondFactorKind: "passkey" }> {
  const input = parseInput(passkeySignInSchema, rawInput);
  await consumeRateLimit("signInFailuresPerAddress", visitor.address);
  const expectedChallenge = await takeChallenge(input.credential, "sign_in", null);
  const owner = await verifyPasskeyAnswer(input.credential, expectedChallenge, null);
  await refundRateLimit("signInFailuresPerAddress", visitor.address);
  return {
    id: owner.id,
    pseudonym: owner.pseudonym,
    sessionVersion: owner.sessionVersion,
    secondFactorKind: "passkey",
  };
}
