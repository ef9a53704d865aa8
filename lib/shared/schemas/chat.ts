// Chat input: the socket events' payloads, shared by the browser and the services.
import { z } from "zod";
import { text } from "@/lib/shared/schemas/text";

import {
  CONTENT_WARNING_MAX,
  HISTORY_MAX,
  HISTORY_PAGE,
  MESSAGE_MAX,
  reactionKinds,
  type ReactionKindName,
} from "@/lib/shared/limits";

// The limits live in a zod-free module (browser code imports them from there); the services keep importing them here.
export { CONTENT_WARNING_MAX, HISTORY_MAX, HISTORY_PAGE, MESSAGE_MAX, reactionKinds, type ReactionKindName };

const uuid = z.uuid({ error: "Must be an id." });
/** The largest id PostgreSQL's bigint holds; anything above names no message. */
const BIGINT_MAX = 9_223_372_036_854_775_807n;

/** Message ids are integers sent as strings (they can outgrow JavaScript numbers). */
export const messageIdSchema = z
  .union([text(), z.number()], { error: "Must be a message id." })
  .transform((value) => String(value))
  .pipe(
    text()
      .regex(/^[1-9]\d{0,18}$/, "Must be a message id.")
      // zod runs every check even after the pattern fails: only digits reach BigInt().
      .refine((value) => /^\d+$/.test(value) && BigInt(value) <= BIGINT_MAX, "Must be a message id."),
  );

/** A place in a room's history: a message id, or "0" for before its first message. */
export const historyCursorSchema = z.union([z.literal("0"), messageIdSchema]);

const messageBody = text({ error: "Please write a message." })
  .max(MESSAGE_MAX * 2, `Messages can be at most ${MESSAGE_MAX} characters.`)
  .transform((value) => value.trim())
  .pipe(
    text()
      .min(1, "Please write a message.")
      .max(MESSAGE_MAX, `Messages can be at most ${MESSAGE_MAX} characters.`),
  );

export const joinRoomSchema = z.object({
  roomId: uuid,
  acceptGuidelines: z.literal(true).optional(),
  listenOnly: z.boolean().optional(),
  /** A rejoin: the id up to which the reader holds every message; the answer pages forward from it. */
  after: historyCursorSchema.optional(),
  /** With `after`: the `syncedAt` of the last answer; the answer also lists what changed since. */
  changedSince: z.iso.datetime({ offset: true, error: "Must be a time from an earlier answer." }).optional(),
});

export const roomRefSchema = z.object({ roomId: uuid });

export const sendMessageSchema = z.object({
  roomId: uuid,
  clientId: uuid,
  body: messageBody,
  contentWarning: text()
    .max(CONTENT_WARNING_MAX * 2)
    .transform((value) => value.trim())
    .pipe(
      text().max(CONTENT_WARNING_MAX, `A content warning can be at most ${CONTENT_WARNING_MAX} characters.`),
    )
    .optional()
    .nullable()
    .transform((value) => value || null),
});

export const editMessageSchema = z.object({ messageId: messageIdSchema, body: messageBody });
export const deleteMessageSchema = z.object({ messageId: messageIdSchema });
export const reactSchema = z.object({
  messageId: messageIdSchema,
  kind: z.enum(reactionKinds, { error: "Only supportive reactions." }),
});

export const historySchema = z
  .object({
    roomId: uuid,
    before: messageIdSchema.optional(),
    after: historyCursorSchema.optional(),
    limit: z.number().int().min(1).max(HISTORY_MAX).optional(),
  })
  .refine((input) => !(input.before && input.after), {
    message: "Ask for messages before or after an id, not both.",
    path: ["before"],
  });

export const markReadSchema = z.object({ roomId: uuid, messageId: messageIdSchema });
export const blockSchema = z.object({ userId: uuid });
