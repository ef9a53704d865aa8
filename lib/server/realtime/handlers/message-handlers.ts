import { env } from "@/lib/env";
import { answer } from "@/lib/server/realtime/acknowledge";
import { createAdmission, type Admission } from "@/lib/server/realtime/admission";
import type { HearthSocket } from "@/lib/server/realtime/socket-types";
import { blockMember } from "@/lib/server/services/blocks/block-member";
import { deleteMessage } from "@/lib/server/services/messages/delete-message";
import { editMessage } from "@/lib/server/services/messages/edit-message";
import { reactToMessage } from "@/lib/server/services/messages/react-to-message";
import { readHistory } from "@/lib/server/services/messages/read-history";
import { sendMessage } from "@/lib/server/services/messages/send-message";
import { signalTyping } from "@/lib/server/services/messages/signal-typing";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { roomRefSchema } from "@/lib/shared/schemas/chat";

/** Typing signals from one socket reach others at most this often. */
const typingIntervalMs = 2_000;
/** A socket types in a handful of rooms; forgetting them all now and then costs one extra signal. */
const maxRoomsRemembered = 32;

/** A refused send tries again after this long (the browser adds a little at random). */
export const busyRetryAfterSeconds = 2;

let sendAdmission: Admission | undefined;
/** One per process: the sends of every socket here share it. */
function sends(): Admission {
  sendAdmission ??= createAdmission({ maxWaitMs: 1_500, floor: 200, fixedLimit: env().SEND_IN_FLIGHT_LIMIT });
  return sendAdmission;
}

function busy(): AppError {
  return new AppError(
    "unavailable",
    "Hearth is very busy just now, so your message was not sent yet. It will go again in a moment.",
    { retryAfterSeconds: busyRetryAfterSeconds },
  );
}

export function registerMessageHandlers(socket: HearthSocket): void {
  const actor = socket.data.actor;

  answer(socket, "message:send", async (input) => {
    // Admission first: a send past the process's limit is refused before any work (nothing stored).
    const admission = sends();
    if (!admission.enter()) throw busy();
    try {
      const { message, care } = await sendMessage(actor, input);
      return { message, ...(care && { care }) };
    } finally {
      admission.leave();
    }
  });
  answer(socket, "message:edit", (input) => editMessage(actor, input));
  answer(socket, "message:delete", (input) => deleteMessage(actor, input));
  answer(socket, "message:react", (input) => reactToMessage(actor, input));
  answer(socket, "history", (input) => readHistory(actor, input));
  answer(socket, "member:block", async (input) => {
    await blockMember(actor, input);
    return {};
  });

  const lastTyping = new Map<string, number>();
  answer(socket, "typing", async (input) => {
    // Parsed before it is used as a key: only real room ids are remembered, and only a few.
    const { roomId } = parseInput(roomRefSchema, input);
    const now = Date.now();
    if (now - (lastTyping.get(roomId) ?? 0) < typingIntervalMs) return {};
    if (lastTyping.size >= maxRoomsRemembered) lastTyping.clear();
    lastTyping.set(roomId, now);
    await signalTyping(actor, input);
    return {};
  });
}
