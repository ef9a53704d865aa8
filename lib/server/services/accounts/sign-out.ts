// Signing out ends the session on the server, not only in the browser: the row goes, so the
// old cookie opens no page, no API route and no socket, and that browser's open sockets close.
import type { MemberActor } from "@/lib/server/auth/actor";
import { endEverySession, endSession } from "@/lib/server/auth/sessions";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { publisher } from "@/lib/server/services/publisher";
import { parseInput } from "@/lib/shared/parse-input";
import { signOutEverywhereInputSchema } from "@/lib/shared/schemas/account";

/** Ends one session (next-auth's sign-out calls this with the cookie's session id). */
export async function signOutSession(sessionId: string): Promise<void> {
  await endSession(sessionId);
  publisher().endSession(sessionId);
}

/** Ends every session of the member, this one too, on every device; their sockets close at once. */
export async function signOutEverywhere(actor: MemberActor, rawInput: unknown): Promise<void> {
  parseInput(signOutEverywhereInputSchema, rawInput);
  await consumeRateLimit("signOutEverywherePerMember", actor.userId);
  await db().user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
  await endEverySession(actor.userId);
  publisher().disconnectUser(actor.userId);
}
