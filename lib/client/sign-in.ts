import { signIn } from "next-auth/react";
import { isErrorBody, type ErrorBody } from "@/lib/shared/errors";

/** Signs in through next-auth's credentials provider; returns the stable error body on failure. */
export async function signInWithPassword(pseudonym: string, password: string): Promise<ErrorBody | null> {
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn("credentials", { pseudonym, password, redirect: false });
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
