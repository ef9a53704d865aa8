import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { canPost, type MembershipFacts, type RoomFacts } from "@/lib/server/policies/room-policies";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { messageSelect, noReactions, toWireMessage } from "@/lib/server/services/messages/wire-message";
import { publisher } from "@/lib/server/services/publisher";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { sendMessageSchema } from "@/lib/shared/schemas/chat";

export interface SendResult {
  message: WireMessage;
  /** True when this clientId was already stored: the stored message, not broadcast again. */
  duplicate: boolean;
}

/** What the policy needs, and who has a block with the sender (they will not receive it). */
type PostFacts = RoomFacts & { roomId: string; blockedRelations: string[] } & (({ inRoom: true } & MembershipFacts) | { inRoom: false });

/**
 * Stores a message and only then answers. This is the hottest path in Hearth, so it is two
 * statements: one read of what the policy needs, and one insert that locks the room's row and
 * the sender's membership row. The room lock makes message ids increase in commit order (a
 * reader asking for everything `after` an id can never miss one committed later with a smaller
 * id); under both locks the same rules are checked again, on the latest rows, so a mute, a lock
 * or slow mode landing between the two statements cannot be slipped past. A clientId already
 * stored inserts nothing: that is the resend answer.
 */
export async function sendMessage(actor: MemberActor, rawInput: unknown): Promise<SendResult> {
  const input = parseInput(sendMessageSchema, rawInput);
  const facts = await readPostFacts(input.roomId, actor.userId);
  if (!facts) throw new AppError("not_found", "We couldn't find that room.");
  const decision = canPost(facts.inRoom ? facts : null, facts, new Date());
  if (!decision.allowed) {
    const stored = await findByClientId(actor.userId, input.clientId);
    if (stored) return { message: stored, duplicate: true };
    throw new AppError(decision.code, decision.message, { retryAfterSeconds: decision.retryAfterSeconds });
  }
  await consumeRateLimit("messagePerMember", actor.userId);

  const inserted = await db().$queryRaw<{ id: bigint; createdAt: Date }[]>`
    WITH allowed AS (
      SELECT r.id FROM "Room" r
      JOIN "Membership" m ON m."roomId" = r.id AND m."userId" = ${actor.userId}::uuid
      WHERE r.id = ${input.roomId}::uuid
        AND r."archivedAt" IS NULL AND r."lockedAt" IS NULL
        AND m."leftAt" IS NULL AND m."removedAt" IS NULL AND NOT m."listenOnly"
        AND m."guidelinesAcceptedVersion" = r."guidelinesVersion"
        AND (m."mutedUntil" IS NULL OR m."mutedUntil" <= now())
        AND (r."slowModeSeconds" = 0 OR m."lastPostedAt" IS NULL OR m."lastPostedAt" <= now() - make_interval(secs => r."slowModeSeconds"))
      FOR UPDATE OF r, m
    ), inserted AS (
      INSERT INTO "Message" ("roomId", "authorId", "clientId", body, "contentWarning")
      SELECT id, ${actor.userId}::uuid, ${input.clientId}::uuid, ${input.body}, ${input.contentWarning} FROM allowed
      ON CONFLICT ("authorId", "clientId") DO NOTHING
      RETURNING id, "createdAt"
    ), touched AS (
      UPDATE "Membership" SET "lastPostedAt" = now(), "lastReadMessageId" = inserted.id, "updatedAt" = now()
      FROM inserted WHERE "Membership"."roomId" = ${input.roomId}::uuid AND "Membership"."userId" = ${actor.userId}::uuid
    )
    SELECT id, "createdAt" FROM inserted`;

  const row = inserted[0];
  if (!row) {
    // Nothing inserted: this clientId was stored before, or the rules changed under the lock.
    const stored = await findByClientId(actor.userId, input.clientId);
    if (stored) return { message: stored, duplicate: true };
    const now = await readPostFacts(input.roomId, actor.userId);
    const again = now ? canPost(now.inRoom ? now : null, now, new Date()) : undefined;
    if (again && !again.allowed) throw new AppError(again.code, again.message, { retryAfterSeconds: again.retryAfterSeconds });
    throw new AppError("conflict", "Your message could not be posted just now. Please try again.");
  }

  const message: WireMessage = {
    id: row.id.toString(),
    roomId: input.roomId,
    clientId: input.clientId,
    author: { id: actor.userId, pseudonym: actor.pseudonym },
    body: input.body,
    contentWarning: input.contentWarning,
    createdAt: row.createdAt.toISOString(),
    editedAt: null,
    deleted: false,
    hidden: false,
    reactions: noReactions,
  };
  publisher().toRoom(input.roomId, facts.blockedRelations, "message:new", message);
  return { message, duplicate: false };
}

async function readPostFacts(roomId: string, userId: string): Promise<PostFacts | undefined> {
  // One round trip; the block list is the same rule as blockedRelations(), inlined for speed.
  const rows = await db().$queryRaw<(RoomFacts & MembershipFacts & { roomId: string; inRoom: boolean; blockedRelations: string[] })[]>`
    SELECT r.id AS "roomId", r."guidelinesVersion", r."lockedAt", r."slowModeSeconds", r."archivedAt",
           m.id IS NOT NULL AS "inRoom", m."listenOnly", m."guidelinesAcceptedVersion", m."mutedUntil", m."removedAt", m."leftAt", m."lastPostedAt",
           ARRAY(
             SELECT (CASE WHEN b."blockerId" = ${userId}::uuid THEN b."blockedId" ELSE b."blockerId" END)::text
             FROM "Block" b WHERE b."blockerId" = ${userId}::uuid OR b."blockedId" = ${userId}::uuid
           ) AS "blockedRelations"
    FROM "Room" r LEFT JOIN "Membership" m ON m."roomId" = r.id AND m."userId" = ${userId}::uuid
    WHERE r.id = ${roomId}::uuid`;
  return rows[0] as PostFacts | undefined;
}

async function findByClientId(authorId: string, clientId: string): Promise<WireMessage | null> {
  const stored = await db().message.findUnique({ where: { authorId_clientId: { authorId, clientId } }, select: messageSelect });
  return stored ? toWireMessage(stored, authorId) : null;
}
