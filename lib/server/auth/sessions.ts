// Server-side sessions: each sign-in is a row whose id the session cookie carries (`sid`).
// Deleting the row ends the session wherever its cookie is (docs/decisions/0013).
import { sessionMaxAgeSeconds } from "@/lib/server/auth/session-token";
import type { SecondFactorKind } from "@/generated/prisma/enums";
import { db } from "@/lib/server/db";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Starts a session for someone who just signed in, noting the second step they passed (if any);
 * clears their sessions no cookie can still carry.
 */
export async function startSession(
  userId: string,
  secondFactor: SecondFactorKind | null = null,
): Promise<string> {
  const staleBefore = new Date(Date.now() - sessionMaxAgeSeconds * 1000 - dayMs);
  const [, session] = await db().$transaction([
    db().session.deleteMany({ where: { userId, lastSeenAt: { lt: staleBefore } } }),
    db().session.create({
      data: { userId, secondFactorAt: secondFactor ? new Date() : null, secondFactorKind: secondFactor },
      select: { id: true },
    }),
  ]);
  return session.id;
}

/** A second step was set up (or passed) within this session: it counts as one from now on. */
export async function noteSecondFactor(sessionId: string, kind: SecondFactorKind): Promise<void> {
  await db().session.updateMany({
    where: { id: sessionId },
    data: { secondFactorAt: new Date(), secondFactorKind: kind },
  });
}

/** next-auth renewed the cookie: keep the row from looking stale (written at most once a day). */
export async function touchSession(sessionId: string): Promise<void> {
  await db().session.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(Date.now() - dayMs) } },
    data: { lastSeenAt: new Date() },
  });
}

/** Ends one session (signing out). Returns whether it was still live. */
export async function endSession(sessionId: string): Promise<boolean> {
  const { count } = await db().session.deleteMany({ where: { id: sessionId } });
  return count > 0;
}

/**
 * Ends every session of one person (sign out everywhere, a new password, recovery), and any
 * sign-in of theirs waiting for its second step.
 */
export async function endEverySession(userId: string): Promise<void> {
  await db().$transaction([
    db().session.deleteMany({ where: { userId } }),
    db().pendingSignIn.deleteMany({ where: { userId } }),
  ]);
}
