// WebAuthn challenges, kept in PostgreSQL so that any process can check an answer to one that
// another handed out. Each is used once (taking it deletes the row, so two answers to the same
// challenge cannot both pass, even at the same moment) and lives a few minutes.
import { randomBytes } from "node:crypto";
import type { PasskeyCeremony } from "@/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/shared/errors";

export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;

/** Hands out a fresh challenge for one ceremony (and one person, when we know who). */
export async function issueChallenge(purpose: PasskeyCeremony, userId: string | null): Promise<string> {
  const challenge = randomBytes(32).toString("base64url");
  const now = Date.now();
  await db().$transaction([
    // Old ones are cleared as new ones are made: no job needed, and the table stays small.
    db().passkeyChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    db().passkeyChallenge.create({
      data: { challenge, purpose, userId, expiresAt: new Date(now + CHALLENGE_LIFETIME_MS) },
    }),
  ]);
  return challenge;
}

/** The challenge a browser's answer signed, read from its clientDataJSON (checked again by the verifier). */
export function challengeAnswered(credential: Record<string, unknown>): string | null {
  const response = credential.response;
  if (typeof response !== "object" || response === null) return null;
  const clientDataJSON = (response as Record<string, unknown>).clientDataJSON;
  if (typeof clientDataJSON !== "string" || clientDataJSON.length > 4096) return null;
  try {
    const clientData: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    const challenge = (clientData as { challenge?: unknown } | null)?.challenge;
    return typeof challenge === "string" && challenge.length <= 64 ? challenge : null;
  } catch {
    return null;
  }
}

/**
 * Takes the challenge this answer signed, once: afterwards nobody can answer it again. Refuses
 * with `passkey_expired` when it is unknown, already used, too old, or was handed out for
 * another ceremony or person.
 */
export async function takeChallenge(
  credential: Record<string, unknown>,
  purpose: PasskeyCeremony,
  userId: string | null,
): Promise<string> {
  const challenge = challengeAnswered(credential);
  if (challenge) {
    const { count } = await db().passkeyChallenge.deleteMany({
      where: { challenge, purpose, userId, expiresAt: { gt: new Date() } },
    });
    if (count === 1) return challenge;
  }
  throw new AppError(
    "passkey_expired",
    "That passkey request was already used or took too long. Nothing was changed. Please try again.",
  );
}
