// The one entry for every moderator action, shared by the socket event `mod:action` and
// POST /api/mod/actions. Each action checks who may do it, writes its audit row in the same
// transaction, and tells the affected sockets at once.
import type { MemberActor } from "@/lib/server/auth/actor";
import {
  liftRemoval,
  muteMember,
  removeMember,
  unmuteMember,
  warnMember,
} from "@/lib/server/services/moderation/member-actions";
import { dismissReports, hideMessage } from "@/lib/server/services/moderation/message-actions";
import { approveMessage, declineMessage } from "@/lib/server/services/moderation/held-messages";
import {
  editGuidelines,
  setCarefulRoom,
  setRoomLock,
  setSlowMode,
} from "@/lib/server/services/moderation/room-controls";
import { parseInput } from "@/lib/shared/parse-input";
import { moderationActionSchema } from "@/lib/shared/schemas/moderation";
import { consumeRateLimit } from "@/lib/server/rate-limit/limits";

export async function moderate(actor: MemberActor, rawInput: unknown): Promise<Record<string, never>> {
  const input = parseInput(moderationActionSchema, rawInput);
  await consumeRateLimit("moderationActionPerMember", actor.userId);
  switch (input.action) {
    case "hide_message":
      await hideMessage(actor, input);
      break;
    case "dismiss_reports":
      await dismissReports(actor, input);
      break;
    case "approve_message":
      await approveMessage(actor, input);
      break;
    case "decline_message":
      await declineMessage(actor, input);
      break;
    case "careful":
      await setCarefulRoom(actor, input);
      break;
    case "warn":
      await warnMember(actor, input);
      break;
    case "mute":
      await muteMember(actor, input);
      break;
    case "unmute":
      await unmuteMember(actor, input);
      break;
    case "remove":
      await removeMember(actor, input);
      break;
    case "lift_removal":
      await liftRemoval(actor, input);
      break;
    case "slow_mode":
      await setSlowMode(actor, input);
      break;
    case "lock":
      await setRoomLock(actor, input);
      break;
    case "edit_guidelines":
      await editGuidelines(actor, input);
      break;
  }
  return {};
}
