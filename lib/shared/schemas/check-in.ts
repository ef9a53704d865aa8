// Check-in input: a private conversation between a room's moderators and one member.
import { z } from "zod";
import { text } from "@/lib/shared/schemas/text";
import { messageIdSchema } from "@/lib/shared/schemas/chat";

export const CHECK_IN_MESSAGE_MAX = 4000;

const uuid = z.uuid({ error: "Must be an id." });

const words = text({ error: "Please write a few words." })
  .max(CHECK_IN_MESSAGE_MAX * 2, `A message can be at most ${CHECK_IN_MESSAGE_MAX} characters.`)
  .transform((value) => value.trim())
  .pipe(
    text()
      .min(1, "Please write a few words.")
      .max(CHECK_IN_MESSAGE_MAX, `A message can be at most ${CHECK_IN_MESSAGE_MAX} characters.`),
  );

/** A moderator opening a check-in with a member, usually from a crisis item in the queue. */
export const openCheckInSchema = z.object({
  roomId: uuid,
  memberId: uuid,
  messageId: messageIdSchema.optional(),
  body: words,
});

/** A member asking the room's moderators to check in with them (from the care card). */
export const requestCheckInSchema = z.object({
  roomId: uuid,
  messageId: messageIdSchema.optional(),
  body: text()
    .max(CHECK_IN_MESSAGE_MAX, `A message can be at most ${CHECK_IN_MESSAGE_MAX} characters.`)
    .optional()
    .transform((value) => value?.trim() || undefined),
});

export const replyToCheckInSchema = z.object({ checkInId: uuid, body: words });

export const checkInRefSchema = z.object({ checkInId: uuid });
