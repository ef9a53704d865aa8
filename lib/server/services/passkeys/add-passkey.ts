// Adding a passkey: Hearth hands out a challenge with what the browser needs, the member's
// device makes a key pair and answers; the answer is checked and the public key kept.
import { randomBytes } from "node:crypto";
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { relyingParty } from "@/lib/server/auth/passkey-relying-party";
import { noteSecondFactor } from "@/lib/server/auth/sessions";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import {
  CHALLENGE_LIFETIME_MS,
  issueChallenge,
  takeChallenge,
} from "@/lib/server/services/passkeys/passkey-challenges";
import {
  MAX_PASSKEYS,
  passkeySummarySelect,
  storedTransports,
  toPasskeySummary,
  transportsOf,
  type PasskeySummary,
} from "@/lib/server/services/passkeys/passkey-records";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { addPasskeySchema } from "@/lib/shared/schemas/passkey";

/** The random handle passkeys know this account by; made the first time it is needed. */
async function userHandleOf(userId: string): Promise<{ handle: string; pseudonym: string }> {
  await db().user.updateMany({
    where: { id: userId, passkeyUserHandle: null },
    data: { passkeyUserHandle: randomBytes(32).toString("base64url") },
  });
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passkeyUserHandle: true, pseudonym: true },
  });
  return { handle: user.passkeyUserHandle!, pseudonym: user.pseudonym };
}

function tooMany(): AppError {
  return new AppError(
    "conflict",
    `You have ${MAX_PASSKEYS} passkeys, the most Hearth keeps. Remove one you no longer use first.`,
  );
}

/** What the browser needs to make a passkey for this member. */
export async function passkeyAddOptions(actor: MemberActor): Promise<PublicKeyCredentialCreationOptionsJSON> {
  await consumeRateLimit("passkeyChangePerMember", actor.userId);
  const existing = await db().passkey.findMany({
    where: { userId: actor.userId },
    select: { credentialId: true, transports: true },
  });
  if (existing.length >= MAX_PASSKEYS) throw tooMany();
  const { handle, pseudonym } = await userHandleOf(actor.userId);
  const challenge = await issueChallenge("add", actor.userId);
  const party = relyingParty();
  return generateRegistrationOptions({
    rpName: party.name,
    rpID: party.id,
    // The device shows this name in its list of passkeys: the pseudonym, which is already
    // what others see. The id it keeps is the random handle, nothing about the person.
    userName: pseudonym,
    userDisplayName: pseudonym,
    userID: new Uint8Array(Buffer.from(handle, "base64url")),
    challenge: new Uint8Array(Buffer.from(challenge, "base64url")),
    timeout: CHALLENGE_LIFETIME_MS - 30_000,
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: transportsOf(passkey.transports),
    })),
    // Discoverable (signing in needs no pseudonym) and verified on the device (a PIN, a face or
    // a fingerprint): a passkey alone opens the account, so it must be two factors in itself.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
}

/** Checks the device's answer and keeps the new passkey under the name the member chose. */
export async function addPasskey(actor: MemberActor, rawInput: unknown): Promise<PasskeySummary> {
  const input = parseInput(addPasskeySchema, rawInput);
  await consumeRateLimit("passkeyChangePerMember", actor.userId);
  const expectedChallenge = await takeChallenge(input.credential, "add", actor.userId);
  const party = relyingParty();
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response: input.credential as unknown as RegistrationResponseJSON,
      expectedChallenge,
      expectedOrigin: party.origin,
      expectedRPID: party.id,
      requireUserVerification: true,
    });
  } catch (error) {
    logger().info({ err: error }, "a new passkey was not accepted");
    throw notAccepted();
  }
  if (!verification.verified) throw notAccepted();
  const { credential } = verification.registrationInfo;
  if ((await db().passkey.count({ where: { userId: actor.userId } })) >= MAX_PASSKEYS) throw tooMany();
  try {
    const row = await db().passkey.create({
      data: {
        userId: actor.userId,
        credentialId: credential.id,
        publicKey: new Uint8Array(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: storedTransports(credential.transports),
        name: input.name,
      },
      select: passkeySummarySelect,
    });
    // Set up in this session: it counts as this session's second step (as for the app), so a
    // moderator's tools open at once.
    await noteSecondFactor(actor.sessionId, "passkey");
    return toPasskeySummary(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", "This passkey is already on your account. Nothing was changed.");
    throw error;
  }
}

function notAccepted(): AppError {
  return new AppError(
    "passkey_not_accepted",
    "Hearth could not check that passkey, so it was not added. Nothing was changed. Please try again.",
  );
}
