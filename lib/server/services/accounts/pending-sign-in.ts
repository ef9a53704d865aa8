// Between the password and the second step there is no session, only a pending sign-in: a row
// for a few minutes, whose random token (kept hashed) the browser holds. Passing the second step
// completes it; next-auth then redeems it, once, for a session that records the second step
// (lib/server/auth/auth-options.ts). Decision 0028.
import { createHash, randomBytes } from "node:crypto";
import type { VisitorContext } from "@/lib/server/auth/actor";
import { spendAppCode } from "@/lib/server/auth/authenticator-app";
import { hashSecret, verifySecret } from "@/lib/server/auth/passwords";
import { generateRecoveryCode, normalizeRecoveryCode } from "@/lib/server/auth/recovery-codes";
import { db } from "@/lib/server/db";
import {
  consumeRateLimit,
  countFailure,
  refundRateLimit,
  resetRateLimit,
  slowDownFor,
} from "@/lib/server/rate-limit/limits";
import type { SecondFactorKind } from "@/generated/prisma/enums";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { secondStepInputSchema } from "@/lib/shared/schemas/second-factor";
import { takeChallenge } from "@/lib/server/services/passkeys/passkey-challenges";
import { verifyPasskeyAnswer } from "@/lib/server/services/passkeys/verify-passkey-answer";

/** How long the second step may take after the password. */
export const pendingSignInMinutes = 5;
/** After the second step, how long the browser has to open its session (reading a new recovery code). */
const completedSignInMinutes = 10;
/** Wrong codes one pending sign-in takes before the password is asked again. */
export const pendingSignInAttempts = 5;

/** What passes a second step: an app code, the recovery code, or a passkey's answer (decision 0032). */
export type SecondStepProof =
  | { kind: "app"; code: string }
  | { kind: "recovery_code"; code: string }
  | { kind: "passkey"; credential: Record<string, unknown> };

const ended = () =>
  new AppError("unauthenticated", "This sign-in has ended. Please sign in again with your password.");

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The password was right and the account has a second step: a pending sign-in, and its token. */
export async function startPendingSignIn(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().$transaction([
    db().pendingSignIn.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } }),
    db().pendingSignIn.create({
      data: {
        tokenHash: tokenHash(token),
        userId,
        expiresAt: new Date(Date.now() + pendingSignInMinutes * 60_000),
      },
      select: { id: true },
    }),
  ]);
  return token;
}

/** The HTTP door: `{ pendingSignIn, code }` or `{ pendingSignIn, recoveryCode }`. */
export async function passSecondStep(
  visitor: VisitorContext,
  rawInput: unknown,
): Promise<{ recoveryCode?: string }> {
  const input = parseInput(secondStepInputSchema, rawInput);
  const proof: SecondStepProof =
    input.code !== undefined
      ? { kind: "app", code: input.code }
      : { kind: "recovery_code", code: input.recoveryCode ?? "" };
  return completePendingSignIn(visitor, input.pendingSignIn, proof);
}

/**
 * Checks the proof for a pending sign-in and marks it complete. Wrong proofs count like wrong
 * passwords (decision 0016: per address and per (address, account) refused past their
 * allowance, the account alone only slowed down) and use up the pending sign-in's attempts.
 * A recovery code is replaced by a new one, returned to be shown once.
 */
export async function completePendingSignIn(
  visitor: VisitorContext,
  token: string,
  proof: SecondStepProof,
): Promise<{ recoveryCode?: string }> {
  const pending = await db().pendingSignIn.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { id: true, userId: true, expiresAt: true, completedAt: true, attempts: true },
  });
  if (!pending || pending.completedAt || pending.expiresAt <= new Date()) throw ended();
  const account = pending.userId;
  const pair = `${visitor.address}|${account}`;
  await consumeRateLimit("secondStepFailuresPerAddress", visitor.address);
  await consumeRateLimit("secondStepFailuresPerAddressAndAccount", pair);
  await slowDownFor("secondStepFailuresPerAccount", account);

  const passed = await checkProof(account, proof);
  if (!passed) {
    await countFailure("secondStepFailuresPerAccount", account);
    const [counted] = await db().$queryRaw<{ attempts: number }[]>`
      UPDATE "PendingSignIn" SET attempts = attempts + 1
      WHERE id = ${pending.id}::uuid AND "completedAt" IS NULL
      RETURNING attempts`;
    if (!counted || counted.attempts >= pendingSignInAttempts) {
      await db().pendingSignIn.deleteMany({ where: { id: pending.id } });
      throw new AppError(
        "unauthenticated",
        "That was one wrong code too many for this sign-in. Please sign in again with your password.",
      );
    }
    if (proof.kind === "passkey")
      throw new AppError(
        "passkey_not_accepted",
        "That passkey did not work for this account. Please try again, or use another way below.",
      );
    const problem =
      proof.kind === "app"
        ? "That code did not work. Codes change every 30 seconds, and each works once: please use the newest."
        : "That recovery code does not match. Use the newest one you saved.";
    throw new AppError("unauthenticated", problem, {
      fields: { [proof.kind === "app" ? "code" : "recoveryCode"]: problem },
    });
  }

  const { count } = await db().pendingSignIn.updateMany({
    where: { id: pending.id, completedAt: null, expiresAt: { gt: new Date() } },
    data: {
      completedAt: new Date(),
      proofKind: proof.kind,
      expiresAt: new Date(Date.now() + completedSignInMinutes * 60_000),
    },
  });
  if (count === 0) throw ended();
  await Promise.all([
    refundRateLimit("secondStepFailuresPerAddress", visitor.address),
    resetRateLimit("secondStepFailuresPerAddressAndAccount", pair),
    resetRateLimit("secondStepFailuresPerAccount", account),
  ]);
  return typeof passed === "string" ? { recoveryCode: passed } : {};
}

/** True (or, for a recovery code, the new code) when the proof holds. */
async function checkProof(userId: string, proof: SecondStepProof): Promise<boolean | string> {
  switch (proof.kind) {
    case "app":
      return spendAppCode(userId, proof.code);
    case "recovery_code":
      return spendRecoveryCode(userId, proof.code);
    case "passkey":
      return passkeyAnswers(userId, proof.credential);
  }
}

/** The account's own passkey answered the challenge handed out for this second step. */
async function passkeyAnswers(userId: string, credential: Record<string, unknown>): Promise<boolean> {
  try {
    const challenge = await takeChallenge(credential, "second_step", userId);
    await verifyPasskeyAnswer(credential, challenge, userId);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Whose pending sign-in this token is, while it still waits for its second step. */
export async function pendingSignInAccount(token: string): Promise<string> {
  const pending = await db().pendingSignIn.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { userId: true, expiresAt: true, completedAt: true },
  });
  if (!pending || pending.completedAt || pending.expiresAt <= new Date()) throw ended();
  return pending.userId;
}

/** The recovery code at the second step: replaced at once (only if still the one checked). */
async function spendRecoveryCode(userId: string, code: string): Promise<false | string> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { recoveryCodeHash: true } });
  if (!user || !(await verifySecret(user.recoveryCodeHash, normalizeRecoveryCode(code)))) return false;
  const recoveryCode = generateRecoveryCode();
  const { count } = await db().user.updateMany({
    where: { id: userId, recoveryCodeHash: user.recoveryCodeHash },
    data: { recoveryCodeHash: await hashSecret(normalizeRecoveryCode(recoveryCode)) },
  });
  return count === 1 ? recoveryCode : false;
}

export interface RedeemedSignIn {
  id: string;
  pseudonym: string;
  sessionVersion: number;
  secondFactorKind: SecondFactorKind;
}

/** A completed pending sign-in, used up: whose session to open, and what second step it passed. */
export async function redeemPendingSignIn(token: string): Promise<RedeemedSignIn> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw ended();
  const [redeemed] = await db().$queryRaw<{ userId: string; proofKind: SecondFactorKind }[]>`
    DELETE FROM "PendingSignIn"
    WHERE "tokenHash" = ${tokenHash(token)} AND "completedAt" IS NOT NULL AND "expiresAt" > now()
    RETURNING "userId", "proofKind"`;
  if (!redeemed) throw ended();
  const user = await db().user.findUnique({
    where: { id: redeemed.userId },
    select: { id: true, pseudonym: true, sessionVersion: true, disabledAt: true, deletedAt: true },
  });
  if (!user || user.disabledAt || user.deletedAt) throw ended();
  return {
    id: user.id,
    pseudonym: user.pseudonym,
    sessionVersion: user.sessionVersion,
    secondFactorKind: redeemed.proofKind,
  };
}
