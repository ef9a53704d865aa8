import { signIn } from "next-auth/react";
import { isErrorBody, type ErrorBody } from "@/lib/shared/errors";

/** Where the browser keeps a pending sign-in's token between the password and the second step. */
const pendingSignInKey = "hearth:pending-sign-in";

/**
 * Signs in through next-auth's credentials provider; returns the stable error body on failure.
 * For an account with a second step the answer is `second_step_required`: the pending sign-in's
 * token is kept in this tab (never in a URL) for the second-step page.
 */
export async function signInWithPassword(pseudonym: string, password: string): Promise<ErrorBody | null> {
  const error = await credentialsSignIn({ pseudonym, password });
  if (error?.code === "second_step_required" && error.pendingSignIn)
    sessionStorage.setItem(pendingSignInKey, error.pendingSignIn);
  return error;
}

/** The pending sign-in this tab holds, if any. */
export function pendingSignInToken(): string | null {
  return sessionStorage.getItem(pendingSignInKey);
}

/** Opens the session of a pending sign-in that passed its second step (used once). */
export async function finishPendingSignIn(): Promise<ErrorBody | null> {
  const pendingSignIn = pendingSignInToken();
  if (!pendingSignIn)
    return {
      code: "unauthenticated",
      message: "This sign-in has ended. Please sign in again with your password.",
    };
  const error = await credentialsSignIn({ pendingSignIn });
  sessionStorage.removeItem(pendingSignInKey);
  return error;
}

/** The second step's page, coming back to `returnTo` afterwards. */
export function secondStepPath(returnTo: string): string {
  return returnTo === "/"
    ? "/signin/second-step"
    : `/signin/second-step?callbackUrl=${encodeURIComponent(returnTo)}`;
}

async function credentialsSignIn(credentials: Record<string, string>): Promise<ErrorBody | null> {
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn("credentials", { ...credentials, redirect: false });
  } catch {
    return {
      code: "unavailable",
      message: "We couldn't reach Hearth. Please check your connection and try again.",
    };
  }
  if (result?.ok && !result.error) return null;
  // authorize() sends the service's error body as the message (lib/server/auth/auth-options.ts).
  try {
    const body: unknown = JSON.parse(result?.error ?? "");
    if (isErrorBody(body)) return body;
  } catch {
    // fall through
  }
  return {
    code: "unauthenticated",
    message: "That pseudonym and password do not match. Please check both and try again.",
  };
}
