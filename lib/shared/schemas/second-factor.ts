// Second-step input (decision 0028), shared by the forms and the services.
import { z } from "zod";
import { existingPasswordSchema, recoveryCodeSchema } from "@/lib/shared/schemas/account";
import { text } from "@/lib/shared/schemas/text";

/** Six digits from an authenticator app; spaces are fine. */
export const appCodeSchema = text({ error: "Please enter the 6-digit code from your app." })
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(text().regex(/^\d{6}$/, "Please enter the 6-digit code from your app."));

/** The token a pending sign-in gave the browser (43 base64url characters). */
export const pendingSignInTokenSchema = text({ error: "Please sign in again." }).regex(
  /^[A-Za-z0-9_-]{43}$/,
  "Please sign in again.",
);

/**
 * The second step: a code from the app, or the recovery code. (A passkey joins here as a third
 * proof: `{ pendingSignIn, passkey }`.)
 */
export const secondStepInputSchema = z
  .strictObject({
    pendingSignIn: pendingSignInTokenSchema,
    code: appCodeSchema.optional(),
    recoveryCode: recoveryCodeSchema.optional(),
  })
  .refine((input) => (input.code === undefined) !== (input.recoveryCode === undefined), {
    message: "Please enter the code from your app, or your recovery code.",
    path: ["code"],
  });

/** Beginning to set up the app takes nothing. */
export const beginAppSetupInputSchema = z.strictObject({});

export const confirmAppInputSchema = z.strictObject({ code: appCodeSchema });

/** Turning the app off asks for a current code, or the password (the app may be lost). */
export const turnOffAppInputSchema = z
  .strictObject({ code: appCodeSchema.optional(), password: existingPasswordSchema.optional() })
  .refine((input) => (input.code === undefined) !== (input.password === undefined), {
    message: "Please enter a code from your app, or your password.",
    path: ["code"],
  });
