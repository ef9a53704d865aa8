import type { MemberActor } from "@/lib/server/auth/actor";
import { changeOwnMessage } from "@/lib/server/services/messages/change-own-message";
import type { WireMessage } from "@/lib/shared/chat-types";
import { parseInput } from "@/lib/shared/parse-input";
import { editMessageSchema } from "@/lib/shared/schemas/chat";

export async function editMessage(actor: MemberActor, rawInput: unknown): Promise<{ message: WireMessage }> {
  const input = parseInput(editMessageSchema, rawInput);
  return { message: await changeOwnMessage(actor, input.messageId, { body: input.body }) };
}
