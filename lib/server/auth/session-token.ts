// Turns the next-auth session cookie into a member, checking the account still stands and
// the session was not revoked. Pages, route handlers and the socket handshake all use this.
import { parse as parseCookies } from "cookie";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

/** next-auth's cookie name: the __Secure- prefix when the site is served over https. */
export function sessionCookieName(): string {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

export interface SessionClaims {
  sub: string;
  sv: number;
}

export function readSessionClaims(token: Record<string, unknown> | null): SessionClaims | null {
  if (!token || typeof token.sub !== "string" || typeof token.sv !== "number") return null;
  return { sub: token.sub, sv: token.sv };
}

/** The member a cookie header belongs to, or null when there is no live session. */
export async function memberFromCookieHeader(
  cookieHeader: string | undefined | null,
): Promise<MemberActor | null> {
  if (!cookieHeader) return null;
  const name = sessionCookieName();
  const cookies = parseCookies(cookieHeader);
  // next-auth splits a large token into name.0, name.1, …
  const token =
    cookies[name] ??
    (Object.keys(cookies)
      .filter((key) => key.startsWith(`${name}.`))
      .sort((a, b) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)))
      .map((key) => cookies[key])
      .join("") ||
      undefined);
  if (!token) return null;

  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return null;
  const claims = readSessionClaims(await decode({ token, secret }).catch(() => null));
  if (!claims) return null;
  return memberForClaims(claims);
}

export async function memberForClaims(claims: SessionClaims): Promise<MemberActor | null> {
  const user = await db().user.findUnique({
    where: { id: claims.sub },
    select: { id: true, pseudonym: true, siteRole: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sv) return null;
  return {
    kind: "member",
    userId: user.id,
    pseudonym: user.pseudonym,
    siteRole: user.siteRole,
    sessionVersion: user.sessionVersion,
  };
}
