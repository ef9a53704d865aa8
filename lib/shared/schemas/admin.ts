import { z } from "zod";
import { text } from "@/lib/shared/schemas/text";

export const addWatchedWordSchema = z.object({
  phrase: text({ error: "Please enter a word or phrase." })
    .trim()
    .min(2, "Use at least 2 characters.")
    .max(100, "Use at most 100 characters."),
  action: z.enum(["block", "flag"], { error: "Choose block or flag." }),
  roomId: z
    .uuid()
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  reason: text().trim().min(1, "Please give a reason.").max(500),
});

export const removeWatchedWordSchema = z.object({
  id: z.uuid(),
  reason: text().trim().min(1, "Please give a reason.").max(500),
});

const slug = text()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes.")
  .min(2)
  .max(64);
const name = text().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters.");
const description = text().trim().max(500, "Use at most 500 characters.").default("");
const reason = text().trim().min(1, "Please give a reason.").max(500);
const capacity = z
  .number({ error: "Capacity must be a number." })
  .int()
  .min(2, "At least 2 places.")
  .max(50, "At most 50 places: rooms stay small.");

const count = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .min(0, `${what} can't be below 0.`)
    .max(max, `${what} can be at most ${max}.`);

/** Newcomer trust's thresholds (docs/decisions/0021); 0 turns a rule off. */
export const trustThresholdsSchema = z.object({
  newcomerMessages: count("Messages before a member is no longer new in a room", 100),
  newcomerHours: count("Hours after joining a room", 24 * 30),
  linkAccountHours: count("Account age in hours before links are shown at once", 24 * 30),
  linkMessages: count("Messages anywhere before links are shown at once", 100),
});
export type TrustThresholds = z.infer<typeof trustThresholdsSchema>;

export const administrationSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("create_topic"), slug, name, description, reason }),
    z.object({ action: z.literal("update_topic"), topicId: z.uuid(), name, description, reason }),
    z.object({
      action: z.literal("create_room"),
      topicId: z.uuid(),
      slug,
      name,
      description,
      capacity,
      guidelines: text().trim().min(1).max(4000),
      reason,
    }),
    z.object({ action: z.literal("update_room"), roomId: z.uuid(), name, description, capacity, reason }),
    z.object({
      action: z.literal("appoint_moderator"),
      roomId: z.uuid(),
      pseudonym: text().trim().min(1).max(64),
      reason,
    }),
    z.object({ action: z.literal("remove_moderator"), roomId: z.uuid(), userId: z.uuid(), reason }),
    z.object({ action: z.literal("set_newcomer_trust"), ...trustThresholdsSchema.shape, reason }),
  ],
  { error: "Unknown admin action." },
);
export type AdministrationInput = z.infer<typeof administrationSchema>;
