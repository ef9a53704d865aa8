import { z } from "zod";
import { text } from "@/lib/shared/schemas/text";
import { messageIdSchema } from "@/lib/shared/schemas/chat";

export const reportReasons = [
  "harassment",
  "hate",
  "self_harm_risk",
  "spam",
  "private_information",
  "other",
] as const;
export type ReportReason = (typeof reportReasons)[number];

export const createReportSchema = z.object({
  messageId: messageIdSchema,
  reason: z.enum(reportReasons, { error: "Please choose a reason." }),
  details: text()
    .max(1000, "Details can be at most 1,000 characters.")
    .optional()
    .transform((value) => value?.trim() || null),
});

const reason = text({ error: "Please give a reason." })
  .max(1000)
  .transform((value) => value.trim())
  .pipe(text().min(1, "Please give a reason.").max(500, "A reason can be at most 500 characters."));
const id = z.uuid({ error: "Must be an id." });
/** Approving a held message needs no words of its own; any given are logged. */
const approvalReason = text()
  .max(500, "A reason can be at most 500 characters.")
  .optional()
  .transform((value) => value?.trim() || "Approved");

export const MUTE_MAX_MINUTES = 7 * 24 * 60;

export const moderationActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("hide_message"), messageId: messageIdSchema, reason }),
    z.object({ action: z.literal("dismiss_reports"), messageId: messageIdSchema, reason }),
    z.object({ action: z.literal("approve_message"), messageId: messageIdSchema, reason: approvalReason }),
    z.object({ action: z.literal("decline_message"), messageId: messageIdSchema, reason }),
    z.object({ action: z.literal("warn"), roomId: id, userId: id, reason }),
    z.object({
      action: z.literal("mute"),
      roomId: id,
      userId: id,
      minutes: z.number().int().min(1).max(MUTE_MAX_MINUTES),
      reason,
    }),
    z.object({ action: z.literal("unmute"), roomId: id, userId: id, reason }),
    z.object({ action: z.literal("remove"), roomId: id, userId: id, reason }),
    z.object({ action: z.literal("lift_removal"), roomId: id, userId: id, reason }),
    z.object({
      action: z.literal("slow_mode"),
      roomId: id,
      seconds: z.number().int().min(0).max(3600),
      reason,
    }),
    z.object({ action: z.literal("lock"), roomId: id, locked: z.boolean(), reason }),
    z.object({ action: z.literal("careful"), roomId: id, careful: z.boolean(), reason }),
    z.object({
      action: z.literal("edit_guidelines"),
      roomId: id,
      guidelines: text().trim().min(1).max(4000),
      reason,
    }),
  ],
  { error: "Unknown moderation action." },
);
export type ModerationActionInput = z.infer<typeof moderationActionSchema>;
export type ModerationActionName = ModerationActionInput["action"];

/** Handing a queue item (a reported message) to another of the room's moderators. */
export const handOverSchema = z.object({
  messageId: messageIdSchema,
  toUserId: id,
  note: text()
    .max(1000)
    .optional()
    .transform((value) => value?.trim() || undefined),
});

export const dutySchema = z.object({ onDuty: z.boolean({ error: "Say whether you are on duty." }) });
