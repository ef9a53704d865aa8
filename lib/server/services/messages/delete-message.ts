import type { MemberActor } from "@/lib/server/auth/actor";
import { changeOwnMessage } from "@/lib/server/services/messages/change-own-message";
import type { WireMessage } from "@/lib/shared/chat-types";
import { parseInput } from "@/lib/shared/parse-input";
import { deleteMessageSchema } from "@/lib/shared/schemas/chat";

/** Deletes one's own message: its text is erased, a quiet placeholder stays in the conversation. */
export async function deleteMessage(
  actor: MemberActor,
  rawInput: unknown,
): Promise<{ message: WireMessage }> {
  const input = parseInput(deleteMessageSchema, rawInput);
  return { message: await changeOwnMessage(actor, input.messageId, { deletedAt: new Date() }) };
}
