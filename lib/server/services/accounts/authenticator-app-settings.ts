// Turning an authenticator app on and off in /settings (decision 0028). On: a new secret is
// shown once (a QR code drawn on the server, and as text), and counts only after one valid code
// confirms it; that code also makes this session one with a second step. Off: a current code or
// the password, and never the last second factor of someone who holds a staff role.
import QRCode from "qrcode";
import { env } from "@/lib/env";
import type { MemberActor } from "@/lib/server/auth/actor";
import { appSecretUri, newAppSecret, secretForReading, stepOfCode } from "@/lib/server/auth/app-codes";
import { openAppSecret, sealAppSecret, spendAppCode } from "@/lib/server/auth/authenticator-app";
import { verifySecret } from "@/lib/server/auth/passwords";
import { countSecondFactors, secondFactorsOf } from "@/lib/server/auth/second-factor";
import { noteSecondFactor } from "@/lib/server/auth/sessions";
import { db } from "@/lib/server/db";
import { holdsStaffRole } from "@/lib/server/services/accounts/staff-role";
import { consumeRateLimit, countFailure, slowDownFor } from "@/lib/server/rate-limit/limits";
import type { AppSetup } from "@/lib/shared/account-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import {
  beginAppSetupInputSchema,
  confirmAppInputSchema,
  turnOffAppInputSchema,
} from "@/lib/shared/schemas/second-factor";

/** A new secret for this member's app (replacing one not yet confirmed); shown once. */
export async function beginAppSetup(actor: MemberActor, rawInput: unknown = {}): Promise<AppSetup> {
  parseInput(beginAppSetupInputSchema, rawInput);
  const existing = await db().authenticatorApp.findUnique({
    where: { userId: actor.userId },
    select: { confirmedAt: true },
  });
  if (existing?.confirmedAt)
    throw new AppError(
      "conflict",
      "An authenticator app is already on. Turn it off first to set up another.",
    );
  const secret = newAppSecret();
  const secretEncrypted = sealAppSecret(actor.userId, secret);
  await db().authenticatorApp.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, secretEncrypted },
    update: { secretEncrypted, createdAt: new Date(), lastUsedStep: null },
  });
  const uri = appSecretUri(secret, actor.pseudonym);
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    secret: secretForReading(secret),
    uri,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

/** One valid code turns the app on, and makes this session one with a second step. */
export async function confirmAppSetup(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(confirmAppInputSchema, rawInput);
  await limitCodeTries(actor);
  const pending = await db().authenticatorApp.findUnique({
    where: { userId: actor.userId },
    select: { secretEncrypted: true, confirmedAt: true },
  });
  if (!pending) throw new AppError("conflict", "Please start setting up the app again.");
  if (pending.confirmedAt) return;
  const step = stepOfCode(openAppSecret(actor.userId, pending.secretEncrypted), input.code);
  if (step === null) {
    await countFailure("secondStepFailuresPerAccount", actor.userId);
    const problem = "That code did not work. Check the app shows Hearth, and use the newest code.";
    throw new AppError("invalid_input", problem, { fields: { code: problem } });
  }
  // Only the secret that was shown: a second setup begun meanwhile is not confirmed by this code.
  const { count } = await db().authenticatorApp.updateMany({
    where: { userId: actor.userId, confirmedAt: null, secretEncrypted: pending.secretEncrypted },
    data: { confirmedAt: new Date(), lastUsedStep: step },
  });
  if (count === 0)
    throw new AppError("conflict", "The app was set up somewhere else just now. Please look again.");
  await noteSecondFactor(actor.sessionId, "app");
}

/** Turns the app off with a current code or the password; the last second factor of staff stays. */
export async function turnOffApp(actor: MemberActor, rawInput: unknown): Promise<void> {
  const input = parseInput(turnOffAppInputSchema, rawInput);
  await limitCodeTries(actor);
  const factors = await secondFactorsOf(actor.userId);
  if (!factors.app) return;
  if (
    env().REQUIRE_STAFF_SECOND_FACTOR &&
    countSecondFactors(factors) === 1 &&
    (await holdsStaffRole(actor.userId))
  )
    throw new AppError(
      "last_second_factor",
      "You moderate or run Hearth, so your account keeps a second step while you do. Add a passkey first, or ask an admin to step you down.",
    );
  if (input.code !== undefined) {
    if (!(await spendAppCode(actor.userId, input.code))) {
      await countFailure("secondStepFailuresPerAccount", actor.userId);
      const problem = "That code did not work. Use the newest code from your app, or your password.";
      throw new AppError("invalid_input", problem, { fields: { code: problem } });
    }
  } else {
    const user = await db().user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
    if (!user || !(await verifySecret(user.passwordHash, input.password ?? ""))) {
      await countFailure("secondStepFailuresPerAccount", actor.userId);
      const problem = "That is not your password.";
      throw new AppError("invalid_input", problem, { fields: { password: problem } });
    }
  }
  await db().authenticatorApp.deleteMany({ where: { userId: actor.userId } });
}

/** Whether this member's app is on, for the settings page. */
export async function appIsOn(actor: MemberActor): Promise<boolean> {
  return (await secondFactorsOf(actor.userId)).app;
}

/** Wrong codes here count with the second step's, and slow down the same way. */
async function limitCodeTries(actor: MemberActor): Promise<void> {
  await consumeRateLimit("passwordChangePerMember", actor.userId);
  await slowDownFor("secondStepFailuresPerAccount", actor.userId);
}
