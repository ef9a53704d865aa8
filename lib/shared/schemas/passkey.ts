// Passkey input, shared by the settings form (for hints) and the services (for the real check).
import { z } from "zod";
import { PASSKEY_NAME_MAX } from "@/lib/shared/limits";
import { pendingSignInTokenSchema } from "@/lib/shared/schemas/second-factor";
import { text } from "@/lib/shared/schemas/text";

export const passkeyNameSchema = text({ error: "Please give this passkey a name." })
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(
    text()
      .min(1, "Please give this passkey a name, like “Phone” or “Laptop”.")
      .max(PASSKEY_NAME_MAX, `Use at most ${PASSKEY_NAME_MAX} characters.`),
  );

/**
 * What the browser's passkey prompt answered (WebAuthn's JSON form). Its inside is checked by
 * @simplewebauthn/server, which refuses anything malformed; here only that it is an object.
 */
const credentialSchema = z.record(z.string(), z.unknown(), {
  error: "The passkey's answer was missing. Please try again.",
});

export const addPasskeySchema = z.object({ name: passkeyNameSchema, credential: credentialSchema });
export type AddPasskeyInput = z.input<typeof addPasskeySchema>;

export const passkeySignInSchema = z.object({ credential: credentialSchema });

export const renamePasskeySchema = z.object({
  passkeyId: z.uuid({ error: "That passkey is not one of yours." }),
  name: passkeyNameSchema,
});

export const removePasskeySchema = z.object({
  passkeyId: z.uuid({ error: "That passkey is not one of yours." }),
});

/** A passkey as the second step after a password: for which pending sign-in, and its answer. */
export const passkeySecondStepOptionsSchema = z.strictObject({ pendingSignIn: pendingSignInTokenSchema });

export const passkeySecondStepSchema = z.strictObject({
  pendingSignIn: pendingSignInTokenSchema,
  credential: credentialSchema,
});
