// Test accounts, made through the same doors people use (the sign-up API, next-auth sign-in).
import { randomBytes } from "node:crypto";

export interface TestMember {
  id: string;
  pseudonym: string;
  password: string;
  recoveryCode: string;
}

/** Letters only: digits could spell a reserved name ("57aff" reads as "staff"). */
export function uniquePseudonym(prefix = "Member"): string {
  return `${prefix} ${[...randomBytes(7)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;
}

export const goodPassword = "lantern meadow quietly";

/** A JSON POST as Hearth's own pages send it (same Origin); `headers` may override either. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(url).origin, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json().catch(() => undefined)) as Record<string, unknown> & {
      error?: { code: string; message: string; fields?: Record<string, string>; retryAfterSeconds?: number };
    },
  };
}

export async function signUpMember(
  appUrl: string,
  overrides: { pseudonym?: string; password?: string } = {},
): Promise<TestMember> {
  const pseudonym = overrides.pseudonym ?? uniquePseudonym();
  const password = overrides.password ?? goodPassword;
  const { status, body } = await postJson(`${appUrl}/api/signup`, { pseudonym, password });
  if (status !== 201) throw new Error(`sign-up failed (${status}): ${JSON.stringify(body)}`);
  return { id: body.id as string, pseudonym, password, recoveryCode: body.recoveryCode as string };
}

/** Signs in through next-auth's credentials callback; returns the session cookie, or the error. */
export async function signIn(
  appUrl: string,
  pseudonym: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ cookie?: string; error?: string }> {
  return signInWithCredentials(appUrl, { pseudonym, password }, headers);
}

/**
 * next-auth's credentials callback with any of its fields (a pseudonym and password, or a pending
 * sign-in that passed its second step): the session cookie, or the error next-auth answered.
 */
export async function signInWithCredentials(
  appUrl: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ cookie?: string; error?: string }> {
  const csrfResponse = await fetch(`${appUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = csrfResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      origin: new URL(appUrl).origin,
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookies,
    },
    body: new URLSearchParams({ csrfToken, ...fields, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (session) return { cookie: session };
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  return { error: url ? (new URL(url).searchParams.get("error") ?? "unknown") : `status ${response.status}` };
}

export async function sessionFor(
  appUrl: string,
  cookie: string,
): Promise<{ user?: { id: string; name: string } } | null> {
  const response = await fetch(`${appUrl}/api/auth/session`, { headers: { cookie } });
  const body = (await response.json()) as { user?: { id: string; name: string } };
  return body && body.user ? body : null;
}
