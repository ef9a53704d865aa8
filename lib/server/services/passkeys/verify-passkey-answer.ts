// Checking a passkey's answer to a sign-in challenge: the signature over the challenge, the
// origin, Hearth's relying-party id and that the device verified its user. Shared by signing in
// with a passkey alone and by the second step after a password.
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from "@simplewebauthn/server";
import { relyingParty } from "@/lib/server/auth/passkey-relying-party";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { transportsOf } from "@/lib/server/services/passkeys/passkey-records";
import { AppError } from "@/lib/shared/errors";

export interface PasskeyOwner {
  id: string;
  pseudonym: string;
  sessionVersion: number;
  siteRole: "member" | "admin";
}

export const unknownPasskey =
  "Hearth doesn't know this passkey. It may have been removed. Please sign in with your password.";

export function passkeyNotAccepted(): AppError {
  return new AppError(
    "passkey_not_accepted",
    "Hearth could not check that passkey. Nothing was changed. Please try again, or use your password.",
  );
}

/**
 * Verifies an answer to `expectedChallenge` and returns whose passkey it was; moves the
 * passkey's counter and its "last used" date. `onlyFor`: the answer must come from this
 * person's passkey (the second step); otherwise any member's (signing in with a passkey alone).
 */
export async function verifyPasskeyAnswer(
  credential: Record<string, unknown>,
  expectedChallenge: string,
  onlyFor: string | null,
): Promise<PasskeyOwner> {
  const credentialId = typeof credential.id === "string" ? credential.id : "";
  const passkey = credentialId
    ? await db().passkey.findUnique({
        where: { credentialId },
        select: {
          id: true,
          publicKey: true,
          counter: true,
          transports: true,
          user: {
            select: {
              id: true,
              pseudonym: true,
              sessionVersion: true,
              siteRole: true,
              disabledAt: true,
              passkeyUserHandle: true,
            },
          },
        },
      })
    : null;
  if (!passkey || passkey.user.disabledAt || (onlyFor !== null && passkey.user.id !== onlyFor))
    throw new AppError("unauthenticated", unknownPasskey);
  // A discoverable passkey says whose it is; it must be the account that holds it.
  const userHandle = (credential.response as { userHandle?: unknown } | undefined)?.userHandle;
  if (typeof userHandle === "string" && userHandle !== passkey.user.passkeyUserHandle)
    throw new AppError("unauthenticated", unknownPasskey);

  const party = relyingParty();
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response: credential as unknown as AuthenticationResponseJSON,
      expectedChallenge,
      expectedOrigin: party.origin,
      expectedRPID: party.id,
      credential: {
        id: credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: transportsOf(passkey.transports),
      },
      requireUserVerification: true,
    });
  } catch (error) {
    logger().info({ err: error }, "a passkey answer was not accepted");
    throw passkeyNotAccepted();
  }
  if (!verification.verified) throw passkeyNotAccepted();
  await db().passkey.update({
    where: { id: passkey.id },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: new Date() },
  });
  const { id, pseudonym, sessionVersion, siteRole } = passkey.user;
  return { id, pseudonym, sessionVersion, siteRole };
}
