// Turns the next-auth session cookie into a member, checking the session was not ended, the
// account still stands and its sessions were not all revoked. Pages, route handlers and the
// socket handshake all use this.
import { parse as parseCookies } from "cookie";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { staffPowersFor } from "@/lib/server/policies/staff-policies";

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

/** next-auth's cookie name: the __Secure- prefix when the site is served over https. */
export function sessionCookieName(): string {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

export interface SessionClaims {
  sub: string;
  /** The account's session version when signing in (password change and recovery bump it). */
  sv: number;
  /** The session's row (lib/server/auth/sessions.ts); signing out deletes it. */
  sid: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readSessionClaims(token: Record<string, unknown> | null): SessionClaims | null {
  if (!token || typeof token.sub !== "string" || typeof token.sv !== "number") return null;
  // A cookie from before sessions were kept on the server has no `sid`: it is over.
  if (typeof token.sid !== "string" || !uuidPattern.test(token.sid)) return null;
  if (!uuidPattern.test(token.sub)) return null;
  return { sub: token.sub, sv: token.sv, sid: token.sid };
}

/** The session claims in a cookie header, or null when there is no readable session cookie. */
export async function claimsFromCookieHeader(
  cookieHeader: string | undefined | null,
): Promise<SessionClaims | null> {
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
  return readSessionClaims(await decode({ token, secret }).catch(() => null));
}

/** The member a cookie header belongs to, or null when there is no live session. */
export async function memberFromCookieHeader(
  cookieHeader: string | undefined | null,
): Promise<MemberActor | null> {
  const claims = await claimsFromCookieHeader(cookieHeader);
  return claims ? memberForClaims(claims) : null;
}

export async function memberForClaims(claims: SessionClaims): Promise<MemberActor | null> {
  const session = await db().session.findUnique({
    where: { id: claims.sid },
    select: {
      userId: true,
      secondFactorAt: true,
      user: {
        select: { id: true, pseudonym: true, siteRole: true, sessionVersion: true, disabledAt: true },
      },
    },
  });
  const user = session?.user;
  if (!session || session.userId !== claims.sub || !user) return null;
  if (user.disabledAt || user.sessionVersion !== claims.sv) return null;
  return {
    kind: "member",
    userId: user.id,
    pseudonym: user.pseudonym,
    siteRole: user.siteRole,
    sessionVersion: user.sessionVersion,
    sessionId: claims.sid,
    secondFactorAt: session.secondFactorAt,
    staffPowers: staffPowersFor(session, env().REQUIRE_STAFF_SECOND_FACTOR),
  };
}
