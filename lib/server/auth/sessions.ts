// Server-side sessions: each sign-in is a row whose id the session cookie carries (`sid`).
// Deleting the row ends the session wherever its cookie is (docs/decisions/0013).
import { sessionMaxAgeSeconds } from "@/lib/server/auth/session-token";
import { db } from "@/lib/server/db";

const dayMs = 24 * 60 * 60 * 1000;

/** Starts a session for someone who just signed in; clears their sessions no cookie can still carry. */
export async function startSession(userId: string): Promise<string> {
  const staleBefore = new Date(Date.now() - sessionMaxAgeSeconds * 1000 - dayMs);
  const [, session] = await db().$transaction([
    db().session.deleteMany({ where: { userId, lastSeenAt: { lt: staleBefore } } }),
    db().session.create({ data: { userId }, select: { id: true } }),
  ]);
  return session.id;
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

/** Ends every session of one person (sign out everywhere, a new password, recovery). */
export async function endEverySession(userId: string): Promise<void> {
  await db().session.deleteMany({ where: { userId } });
}
