import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { insertMessage } from "@/lib/server/services/messages/insert-messages";
import { postingDecision, readPostFacts } from "@/lib/server/services/messages/post-facts";
import { messageSelect, noReactions, toWireMessage } from "@/lib/server/services/messages/wire-message";
import { publisher } from "@/lib/server/services/publisher";
import { turningSendsAway } from "@/lib/server/send-pressure";
import { followUpScreening, holdForApproval } from "@/lib/server/safety/follow-up";
import { containsLink } from "@/lib/server/safety/links";
import { blockedWordsProblem, screenMessage } from "@/lib/server/safety/screen-message";
import type { WireMessage } from "@/lib/shared/chat-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { sendMessageSchema } from "@/lib/shared/schemas/chat";

export interface SendResult {
  message: WireMessage;
  /** True when this clientId was already stored: the stored message, not broadcast again. */
  duplicate: boolean;
  /** The words suggest the author may be in danger: show them crisis resources. */
  care?: true;
}

/**
 * Stores a message and only then answers. This is Hearth's hottest path, with one round trip to
 * PostgreSQL (decision 0033): the words are screened, then one statement, batched with the other
 * sends arriving at the same moment, checks the posting rules under the rows' locks, decides
 * newcomer trust's hold and inserts (insert-messages.ts). Nothing is answered before its commit.
 * When nothing was stored, the posting facts are read to say why.
 */
export async function sendMessage(actor: MemberActor, rawInput: unknown): Promise<SendResult> {
  const input = parseInput(sendMessageSchema, rawInput);
  await consumeRateLimit("messagePerMember", actor.userId);
  const screening = await screenMessage(input.roomId, input.body, input.contentWarning);
  if (screening.blockedBy) {
    // A room's watched words are told only to someone who may post there.
    const earlier = await storedOrRefused(actor.userId, input);
    if (earlier) return earlier;
    throw new AppError("invalid_input", blockedWordsProblem, { fields: { body: blockedWordsProblem } });
  }
  const needsCare = screening.crisis.length > 0;
  const row = await insertMessage({
    roomId: input.roomId,
    authorId: actor.userId,
    clientId: input.clientId,
    body: input.body,
    contentWarning: input.contentWarning,
    words: {
      hasLink: containsLink(input.body, input.contentWarning),
      flagged: screening.flaggedBy.length > 0,
      crisis: needsCare,
    },
  });
  if (!row) {
    // Nothing inserted: this clientId was stored before, or the rules said no.
    const earlier = await storedOrRefused(actor.userId, input);
    if (earlier) return earlier;
    throw new AppError("conflict", "Your message could not be posted just now. Please try again.");
  }

  const { heldFor } = row;
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
    needsCare,
    reactions: noReactions,
    ...(heldFor && { awaitingModerator: heldFor }),
  };
  const stored = { id: row.id, roomId: input.roomId, authorId: actor.userId, newlyStored: true as const };
  // A held message reaches its author's own pages only, until a moderator approves it. Either
  // way it goes out once the senders' answers have: the sends stored together are answered in
  // one turn, by promise continuations, and process.nextTick runs after every one of them, so an
  // ack no longer waits behind the other messages' deliveries (a room of 10 is 10 frames a
  // message; decision 0035). Nothing waits past this turn, and deliveries keep their order.
  // While sends are being turned away at the door, deliveries go out inline as before: deferred,
  // the refusals' p99 rose past its aim in every overload run (decision 0035).
  // The publisher is taken now: shutdown puts the quiet one in its place as it closes sockets,
  // and a message stored must still reach the members on the other processes (drain.ts).
  const { blockedRelations } = row;
  const out = publisher();
  const deliver = () => {
    if (heldFor) out.toUser(actor.userId, "message:new", message);
    else out.toRoom(input.roomId, blockedRelations, "message:new", message);
  };
  if (turningSendsAway()) deliver();
  else process.nextTick(deliver);
  if (heldFor) await holdForApproval(stored, heldFor, screening);
  if (screening.flaggedBy.length > 0 || needsCare) await followUpScreening(stored, screening);
  return { message, duplicate: false, ...(needsCare && { care: true as const }) };
}

/**
 * A send that was not stored now: the message this clientId stored before (a resend), or the
 * posting rules' refusal with its words. Undefined when the rules allow posting now.
 */
async function storedOrRefused(
  authorId: string,
  input: { roomId: string; clientId: string },
): Promise<SendResult | undefined> {
  const stored = await findByClientId(authorId, input.clientId);
  if (stored) return { message: stored, duplicate: true };
  const facts = await readPostFacts(input.roomId, authorId);
  if (!facts) throw new AppError("not_found", "We couldn't find that room.");
  const decision = postingDecision(facts, authorId);
  if (!decision.allowed)
    throw new AppError(decision.code, decision.message, { retryAfterSeconds: decision.retryAfterSeconds });
  return undefined;
}

async function findByClientId(authorId: string, clientId: string): Promise<WireMessage | null> {
  const stored = await db().message.findUnique({
    where: { authorId_clientId: { authorId, clientId } },
    select: messageSelect,
  });
  return stored ? toWireMessage(stored, authorId) : null;
}
