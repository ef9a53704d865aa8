// The browser's side of passkeys: ask Hearth for a challenge, let the device answer it
// (@simplewebauthn/browser wraps navigator.credentials), and hand the answer back. A prompt the
// person closed is not an error: it comes back as `cancelled`, and nothing was changed.
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { signIn } from "next-auth/react";
import { request } from "@/lib/client/request";
import { isErrorBody, type ErrorBody } from "@/lib/shared/errors";

export type PasskeyOutcome<Data> =
  | { ok: true; data: Data }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; error: ErrorBody };

export const nothingChanged = "Nothing was changed.";

const unsupported: ErrorBody = {
  code: "invalid_input",
  message: "This browser can't use passkeys. Please use your password, or try another browser.",
};

/** What the device's refusal means for the person: a closed prompt, or something to tell them. */
function deviceRefusal<Data>(error: unknown): PasskeyOutcome<Data> {
  const name =
    (error as { name?: string; cause?: { name?: string } } | null)?.cause?.name ??
    (error as { name?: string } | null)?.name;
  // NotAllowedError: the person closed the prompt, or it timed out. AbortError: Hearth stopped it.
  if (name === "NotAllowedError" || name === "AbortError") return { ok: false, cancelled: true };
  if (name === "InvalidStateError")
    return {
      ok: false,
      cancelled: false,
      error: {
        code: "conflict",
        message: "This device already holds a passkey for your account. Nothing was changed.",
      },
    };
  return {
    ok: false,
    cancelled: false,
    error: {
      code: "passkey_not_accepted",
      message: "Your device couldn't make or use a passkey just now. Nothing was changed. Please try again.",
    },
  };
}

/** Has the device make a passkey for the signed-in member and keeps it under `name`. */
export async function addPasskeyFromThisDevice<Passkey>(name: string): Promise<PasskeyOutcome<Passkey>> {
  if (!browserSupportsWebAuthn()) return { ok: false, cancelled: false, error: unsupported };
  const options = await request<{ options: PublicKeyCredentialCreationOptionsJSON }>(
    "POST",
    "/api/passkeys/add-options",
    {},
  );
  if (!options.ok) return { ok: false, cancelled: false, error: options.error };
  let credential: unknown;
  try {
    credential = await startRegistration({ optionsJSON: options.data.options });
  } catch (error) {
    return deviceRefusal(error);
  }
  const added = await request<{ passkey: Passkey }>("POST", "/api/passkeys", { name, credential });
  if (!added.ok) return { ok: false, cancelled: false, error: added.error };
  return { ok: true, data: added.data.passkey };
}

/** The device's answer to a challenge from `optionsUrl` (signing in, or a second step). */
export async function answerWithPasskey(
  optionsUrl: string,
  body: unknown = {},
): Promise<PasskeyOutcome<unknown>> {
  if (!browserSupportsWebAuthn()) return { ok: false, cancelled: false, error: unsupported };
  const options = await request<{ options: PublicKeyCredentialRequestOptionsJSON }>("POST", optionsUrl, body);
  if (!options.ok) return { ok: false, cancelled: false, error: options.error };
  try {
    return { ok: true, data: await startAuthentication({ optionsJSON: options.data.options }) };
  } catch (error) {
    return deviceRefusal(error);
  }
}

/** Signs in with a passkey alone: the device picks the account, no pseudonym or password typed. */
export async function signInWithPasskey(): Promise<PasskeyOutcome<null>> {
  const answer = await answerWithPasskey("/api/passkeys/sign-in-options");
  if (!answer.ok) return answer;
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn("passkey", { credential: JSON.stringify(answer.data), redirect: false });
  } catch {
    return {
      ok: false,
      cancelled: false,
      error: {
        code: "unavailable",
        message: "We couldn't reach Hearth. Please check your connection and try again.",
      },
    };
  }
  if (result?.ok && !result.error) return { ok: true, data: null };
  // authorize() sends the service's error body as the message (lib/server/auth/auth-options.ts).
  try {
    const body: unknown = JSON.parse(result?.error ?? "");
    if (isErrorBody(body)) return { ok: false, cancelled: false, error: body };
  } catch {
    // fall through
  }
  return {
    ok: false,
    cancelled: false,
    error: {
      code: "unauthenticated",
      message: "Signing in with that passkey did not work. Please try again.",
    },
  };
}

export interface SecondStepWays {
  options: PublicKeyCredentialRequestOptionsJSON | null;
  app: boolean;
}

/** For a pending sign-in: whether the account has passkeys (with a challenge for them) and an app. */
export async function secondStepWays(pendingSignIn: string): Promise<SecondStepWays | null> {
  const result = await request<SecondStepWays>("POST", "/api/sign-in/second-step/passkey-options", {
    pendingSignIn,
  });
  return result.ok ? result.data : null;
}

/** The second step with a passkey: the device answers the challenge; the pending sign-in completes. */
export async function passSecondStepWithPasskey(
  pendingSignIn: string,
  options: PublicKeyCredentialRequestOptionsJSON,
): Promise<PasskeyOutcome<null>> {
  let credential: unknown;
  try {
    credential = await startAuthentication({ optionsJSON: options });
  } catch (error) {
    return deviceRefusal(error);
  }
  const passed = await request("POST", "/api/sign-in/second-step/passkey", { pendingSignIn, credential });
  return passed.ok ? { ok: true, data: null } : { ok: false, cancelled: false, error: passed.error };
}
