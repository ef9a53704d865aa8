import { env } from "@/lib/env";
import type { HandlerTable } from "@/lib/server/realtime/acknowledge";
import { metrics } from "@/lib/server/metrics/metrics";
import { createAdmission, type Admission } from "@/lib/server/realtime/admission";
import { noteSendTurnedAway } from "@/lib/server/send-pressure";
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
  if (!sendAdmission) {
    const admission = createAdmission({
      maxWaitMs: 2_000,
      floor: 500,
      fixedLimit: env().SEND_IN_FLIGHT_LIMIT,
    });
    metrics().sources.sendAdmission = () => ({ inFlight: admission.inFlight, limit: admission.limit });
    sendAdmission = admission;
  }
  return sendAdmission;
}

/**
 * The answer to a send turned away at the door, made once: under overload thousands go out each
 * second, and making a new error for each (its stack captured) was 1.6 % of the process's time.
 * Nothing changes it: the answer is built from it, never written into it.
 */
const busy = new AppError(
  "unavailable",
  "Hearth is very busy just now, so your message was not sent yet. It will go again in a moment.",
  { retryAfterSeconds: busyRetryAfterSeconds },
);

export const messageHandlers: HandlerTable = {
  "message:send": async (socket, input) => {
    // Admission first: a send past the process's limit is refused before any work (nothing stored).
    const admission = sends();
    if (!admission.enter()) {
      metrics().admissionRefused.inc();
      noteSendTurnedAway();
      throw busy;
    }
    try {
      const { message, care } = await sendMessage(socket.data.actor, input);
      return { message, ...(care && { care }) };
    } finally {
      admission.leave();
    }
  },
  "message:edit": (socket, input) => editMessage(socket.data.actor, input),
  "message:delete": (socket, input) => deleteMessage(socket.data.actor, input),
  "message:react": (socket, input) => reactToMessage(socket.data.actor, input),
  history: (socket, input) => readHistory(socket.data.actor, input),
  "member:block": async (socket, input) => {
    await blockMember(socket.data.actor, input);
    return {};
  },
  typing: async (socket, input) => {
    // Parsed before it is used as a key: only real room ids are remembered, and only a few.
    const { roomId } = parseInput(roomRefSchema, input);
    const now = Date.now();
    const lastTyping = (socket.data.lastTyping ??= new Map<string, number>());
    if (now - (lastTyping.get(roomId) ?? 0) < typingIntervalMs) return {};
    if (lastTyping.size >= maxRoomsRemembered) lastTyping.clear();
    lastTyping.set(roomId, now);
    await signalTyping(socket.data.actor, input);
    return {};
  },
};
