import type { MemberActor } from "@/lib/server/auth/actor";
import { readJoinPage } from "@/lib/server/services/messages/latest-pages";
import { decideAndWriteJoin } from "@/lib/server/services/rooms/join-batch";
import { toWireMembership, toWireRoom } from "@/lib/server/services/rooms/room-records";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";
import { roomSessionForJoin } from "@/lib/server/services/sessions/room-session";
import type { JoinAnswer } from "@/lib/shared/realtime-events";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { joinRoomSchema } from "@/lib/shared/schemas/chat";

/**
 * Joins a room as a member or a listener (or switches between the two), when canJoin allows
 * it. The people in the room are counted under the room's row lock, so two people cannot take
 * the last place together; joins arriving together share one transaction (join-batch.ts).
 */
export async function joinRoom(
  actor: MemberActor,
  rawInput: unknown,
  /**
   * Called once the join is committed, before the page is read: the caller starts delivering the
   * room's live frames here, so a message committed after the page was read arrives live, and
   * none falls between the page and the frames (one in both shows once: clients merge by id).
   */
  admitted: (roomId: string) => Promise<void> | void = () => {},
): Promise<JoinAnswer> {
  const input = parseInput(joinRoomSchema, rawInput);
  await consumeRateLimit("roomJoinLeavePerMember", actor.userId);
  const outcome = await decideAndWriteJoin({
    roomId: input.roomId,
    userId: actor.userId,
    acceptGuidelines: input.acceptGuidelines === true,
    listenOnly: input.listenOnly,
    siteRole: actor.siteRole,
    staffPowers: actor.staffPowers,
  });
  if (!outcome.allowed) {
    if (!outcome.decision) throw new AppError("not_found", "We couldn't find that room.");
    throw new AppError(outcome.decision.code, outcome.decision.message);
  }
  const { room, membership, previousLastRead, memberCount } = outcome;

  await admitted(room.id);
  const [page, session] = await Promise.all([
    readJoinPage({
      readerId: actor.userId,
      roomId: room.id,
      after: input.after === undefined ? undefined : BigInt(input.after),
      changedSince:
        input.after === undefined || !input.changedSince ? undefined : new Date(input.changedSince),
    }),
    // The session may have moved on while this person was away (a pause, the floor, its end).
    roomSessionForJoin(room.id),
  ]);
  return {
    room: { ...toWireRoom(room, memberCount), session },
    membership: toWireMembership(membership, previousLastRead, room.guidelinesVersion),
    ...page,
  };
}
