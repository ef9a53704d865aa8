// Editing puts words in front of others just as sending does, so it passes the same doors: the
// author's own message, still standing; the posting rules (mute, removal, lock, slow mode,
// guidelines, listening only, the session's pause or floor) with the same codes as a send; a rate limit; and the same
// screening (a blocking word refuses the edit, crisis words cover the message for other readers
// and bring care to the author). An edit counts as posting for slow mode. Newcomer trust holds an
// edit as it would a send (a link from a new account, say): the message is taken back from the
// room until a moderator approves it, and a held message's edits reach its author alone.
import { Prisma } from "@/generated/prisma/client";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canChangeMessage, canPostSql } from "@/lib/server/policies/room-policies";
import { canPostDuringSessionSql } from "@/lib/server/policies/session-policies";
import { holdFor } from "@/lib/server/policies/trust-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { followUpScreening, holdForApproval } from "@/lib/server/safety/follow-up";
import { containsLink } from "@/lib/server/safety/links";
import { blockedWordsProblem, screenMessage, type Screening } from "@/lib/server/safety/screen-message";
import { postingDecision, readPostFacts, type PostFacts } from "@/lib/server/services/messages/post-facts";
import { messageSelect, reactionsFor, toWireMessage } from "@/lib/server/services/messages/wire-message";
import { publisher } from "@/lib/server/services/publisher";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { editMessageSchema } from "@/lib/shared/schemas/chat";

async function requirePosting(roomId: string, userId: string): Promise<PostFacts> {
  const facts = await readPostFacts(roomId, userId);
  if (!facts) throw new AppError("not_found", "We couldn't find that room.");
  const decision = postingDecision(facts, userId);
  if (!decision.allowed)
    throw new AppError(decision.code, decision.message, { retryAfterSeconds: decision.retryAfterSeconds });
  return facts;
}

/**
 * Newcomer trust's decision for an edit (docs/decisions/0021): from the facts read with the
 * posting rules and from the screening, whether the edited message waits for a moderator. A new
 * message decides it in SQL, in its insert (holdForSql, decision 0033).
 */
function holdOnEdit(facts: PostFacts, screening: Screening, body: string, contentWarning: string | null) {
  if (!facts.inRoom) return null;
  return holdFor(
    facts,
    {
      hasLink: containsLink(body, contentWarning),
      flagged: screening.flaggedBy.length > 0,
      crisis: screening.crisis.length > 0,
    },
    new Date(),
  );
}

export async function editMessage(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ message: WireMessage; care?: true }> {
  const input = parseInput(editMessageSchema, rawInput);
  const id = BigInt(input.messageId);
  const existing = await db().message.findUnique({ where: { id }, select: messageSelect });
  if (!existing) throw new AppError("not_found", "We couldn't find that message.");
  const changing = canChangeMessage(actor.userId, existing);
  if (!changing.allowed) throw new AppError(changing.code, changing.message);
  const facts = await requirePosting(existing.roomId, actor.userId);
  await consumeRateLimit("messageEditPerMember", actor.userId);

  const screening = await screenMessage(existing.roomId, input.body, existing.contentWarning);
  if (screening.blockedBy)
    throw new AppError("invalid_input", blockedWordsProblem, { fields: { body: blockedWordsProblem } });
  const needsCare = screening.crisis.length > 0;
  const heldFor = existing.heldForReview
    ? null
    : holdOnEdit(facts, screening, input.body, existing.contentWarning);

  // One statement, under the room's and the membership's locks (the send path's order): the
  // rules are checked again on the latest rows, so a mute or a lock that lands meanwhile wins.
  const edited = await db().$queryRaw<{ id: bigint }[]>`
    WITH allowed AS (
      SELECT m.id FROM "Room" r JOIN "Membership" m ON m."roomId" = r.id
      WHERE r.id = ${existing.roomId}::uuid AND m."userId" = ${actor.userId}::uuid AND ${canPostSql} AND ${canPostDuringSessionSql}
      FOR UPDATE OF r, m
    ), edited AS (
      UPDATE "Message"
      SET body = ${input.body}, "editedAt" = now(),
          "crisisFlaggedAt" = COALESCE("crisisFlaggedAt", ${needsCare ? Prisma.sql`now()` : Prisma.sql`NULL`}),
          "heldFor" = CASE WHEN "heldForReview" THEN "heldFor" ELSE ${heldFor}::"MessageHold" END,
          "heldForReview" = "heldForReview" OR ${heldFor !== null}
      WHERE id = ${id} AND "authorId" = ${actor.userId}::uuid AND "deletedAt" IS NULL AND "hiddenAt" IS NULL
        AND EXISTS (SELECT 1 FROM allowed)
      RETURNING id
    ), touched AS (
      UPDATE "Membership" SET "lastPostedAt" = now(), "updatedAt" = now()
      WHERE id IN (SELECT id FROM allowed) AND EXISTS (SELECT 1 FROM edited)
    )
    SELECT id FROM edited`;
  if (edited.length === 0) {
    // The rules changed under the lock, or the message did: say which.
    await requirePosting(existing.roomId, actor.userId);
    throw new AppError("conflict", "That message changed just now. Please look again.");
  }

  const updated = await db().message.findUniqueOrThrow({ where: { id }, select: messageSelect });
  const reactions = (await reactionsFor([id], actor.userId)).get(input.messageId);
  const broadcast = toWireMessage(updated, "", { counts: reactions?.counts ?? {}, mine: [] });
  const mine = toWireMessage(updated, actor.userId, reactions);
  const stored = { id, roomId: updated.roomId, authorId: actor.userId };
  if (!updated.heldForReview) {
    publisher().toRoom(updated.roomId, facts.blockedRelations, "message:updated", broadcast);
  } else {
    // Held (now, or already): the words reach nobody but their author.
    if (!existing.heldForReview)
      publisher().toRoom(updated.roomId, [actor.userId], "message:removed", {
        roomId: updated.roomId,
        messageId: input.messageId,
      });
    publisher().toUser(actor.userId, "message:updated", { ...mine, reactions: broadcast.reactions });
  }
  if (heldFor && updated.heldFor === heldFor) await holdForApproval(stored, heldFor, screening);
  if (screening.flaggedBy.length > 0 || needsCare) await followUpScreening(stored, screening);
  return {
    message: mine,
    ...(needsCare && { care: true as const }),
  };
}
