// next-auth (v4) with the credentials provider: pseudonym + password, a JWT session in an
// httpOnly cookie. The token carries its session's id (a row that signing out deletes) and the
// account's sessionVersion (bumping it, as a password change or recovery does, ends every session).
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { memberForClaims, readSessionClaims, sessionMaxAgeSeconds } from "@/lib/server/auth/session-token";
import { clientAddressFrom } from "@/lib/server/http/client-address";
import { noteFailureCode, requestIdHeader } from "@/lib/server/http/request-log";
import { logger } from "@/lib/server/logger";
import { startSession, touchSession } from "@/lib/server/auth/sessions";
import type { SecondFactorKind } from "@/generated/prisma/enums";
import { authenticate, type AuthenticatedMember } from "@/lib/server/services/accounts/authenticate";
import { redeemPendingSignIn } from "@/lib/server/services/accounts/pending-sign-in";
import { signInWithPasskey } from "@/lib/server/services/passkeys/sign-in-with-passkey";
import { signOutSession } from "@/lib/server/services/accounts/sign-out";
import { AppError } from "@/lib/shared/errors";

class RevokedSessionError extends Error {}

/** Who signed in, and what second step (if any) this sign-in passed: the session records it. */
interface SignedInMember extends AuthenticatedMember {
  secondFactorKind?: SecondFactorKind | null;
}

type SignInRequest = { headers?: Record<string, unknown> } | undefined;

/** Runs a sign-in check; its failure reaches the browser's signIn() as the stable error body. */
async function signedIn(request: SignInRequest, check: () => Promise<SignedInMember>) {
  try {
    const member = await check();
    return {
      id: member.id,
      name: member.pseudonym,
      sessionVersion: member.sessionVersion,
      secondFactorKind: member.secondFactorKind ?? undefined,
    };
  } catch (error) {
    // next-auth hands the message to the browser's signIn() as `error`: send the stable body so
    // the form can show the right words, with the request's id; the request's log line gets the
    // code (never the pseudonym, the password or the device's answer).
    const requestId: unknown = request?.headers?.[requestIdHeader];
    const knownId = typeof requestId === "string" ? requestId : undefined;
    noteFailureCode(knownId, error instanceof AppError ? error.code : "internal");
    if (error instanceof AppError)
      throw new Error(JSON.stringify({ ...error.toBody(), ...(knownId && { requestId: knownId }) }));
    logger().error({ err: error, requestId: knownId }, "sign-in failed unexpectedly");
    throw new Error(
      JSON.stringify({
        code: "internal",
        message: "Something went wrong on our side. Please try again.",
        ...(knownId && { requestId: knownId }),
      }),
    );
  }
}

function parsedJson(value: string | undefined): unknown {
  try {
    return JSON.parse(value ?? "");
  } catch {
    return undefined;
  }
}

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
          return signedIn(request, async () => {
            if (credentials?.pendingSignIn) return redeemPendingSignIn(credentials.pendingSignIn);
            // An account with a second step gets `second_step_required` here, never a session.
            return authenticate(
              { address: clientAddressFrom(request?.headers) },
              { pseudonym: credentials?.pseudonym, password: credentials?.password },
            );
          });
        },
      }),
      // A passkey alone (docs/decisions/0032): the browser sends the device's answer to the
      // challenge Hearth handed out; no pseudonym, no password.
      CredentialsProvider({
        id: "passkey",
        name: "Passkey",
        credentials: { credential: { label: "Passkey", type: "text" } },
        async authorize(credentials, request) {
          return signedIn(request, () =>
            signInWithPasskey(
              { address: clientAddressFrom(request?.headers) },
              { credential: parsedJson(credentials?.credential) },
            ),
          );
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
