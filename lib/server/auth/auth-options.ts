// next-auth (v4) with the credentials provider: pseudonym + password, a JWT session in an
// httpOnly cookie. The token carries its session's id (a row that signing out deletes) and the
// account's sessionVersion (bumping it, as a password change or recovery does, ends every session).
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { memberForClaims, readSessionClaims, sessionMaxAgeSeconds } from "@/lib/server/auth/session-token";
import { clientAddressFrom } from "@/lib/server/http/client-address";
import { logger } from "@/lib/server/logger";
import { startSession, touchSession } from "@/lib/server/auth/sessions";
import { authenticate } from "@/lib/server/services/accounts/authenticate";
import { redeemPendingSignIn } from "@/lib/server/services/accounts/pending-sign-in";
import { signOutSession } from "@/lib/server/services/accounts/sign-out";
import { AppError } from "@/lib/shared/errors";

class RevokedSessionError extends Error {}

export function authOptions(): AuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/signin", error: "/signin", signOut: "/" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Pseudonym",
        credentials: {
          pseudonym: { label: "Pseudonym", type: "text" },
          password: { label: "Password", type: "password" },
          // A pending sign-in that passed its second step (decision 0028), instead of the two above.
          pendingSignIn: { label: "Pending sign-in", type: "text" },
        },
        async authorize(credentials, request) {
          try {
            if (credentials?.pendingSignIn) {
              const member = await redeemPendingSignIn(credentials.pendingSignIn);
              return {
                id: member.id,
                name: member.pseudonym,
                sessionVersion: member.sessionVersion,
                secondFactorKind: member.secondFactorKind,
              };
            }
            // An account with a second step gets `second_step_required` here, never a session.
            const member = await authenticate(
              { address: clientAddressFrom(request?.headers) },
              { pseudonym: credentials?.pseudonym, password: credentials?.password },
            );
            return { id: member.id, name: member.pseudonym, sessionVersion: member.sessionVersion };
          } catch (error) {
            // next-auth hands the message to the browser's signIn() as `error`: send the
            // stable body so the form can show the right words.
            if (error instanceof AppError) throw new Error(JSON.stringify(error.toBody()));
            logger().error({ err: error }, "sign-in failed unexpectedly");
            throw new Error(
              JSON.stringify({
                code: "internal",
                message: "Something went wrong on our side. Please try again.",
              }),
            );
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const sid = await startSession(user.id, user.secondFactorKind ?? null);
          return { sub: user.id, name: user.name, sv: user.sessionVersion, sid };
        }
        const claims = readSessionClaims(token);
        if (!claims || !(await memberForClaims(claims))) throw new RevokedSessionError("session revoked");
        await touchSession(claims.sid);
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { id: token.sub, name: token.name } };
      },
    },
    events: {
      // Signing out ends the session on the server too: a copy of the cookie opens nothing.
      async signOut({ token }) {
        const claims = readSessionClaims(token);
        if (claims) await signOutSession(claims.sid);
      },
    },
    logger: {
      error(code, metadata) {
        const cause = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
        if (cause instanceof RevokedSessionError) return;
        logger().warn({ code, err: cause }, "next-auth error");
      },
      warn(code) {
        logger().debug({ code }, "next-auth warning");
      },
      debug() {},
    },
  };
}
