// Signing out through next-auth's own endpoints (the CSRF token, then the sign-out POST), the way
// next-auth/react's signOut does, without loading that library on every page for one button.

/** Ends the session; resolves true when next-auth confirmed it. */
export async function signOutOfHearth(): Promise<boolean> {
  try {
    const csrf = await fetch("/api/auth/csrf", { credentials: "same-origin" });
    const { csrfToken } = (await csrf.json()) as { csrfToken?: unknown };
    if (typeof csrfToken !== "string") return false;
    const response = await fetch("/api/auth/signout", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
