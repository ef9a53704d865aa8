import { z } from "zod";
import { isTimeZone, pushSubscriptionSchema } from "@/lib/shared/schemas/session";

const id = z.uuid({ error: "Must be an id." });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Please give a time like 22:00.");

/** A moderator's care alerts: this device (optional: settings alone can change), rooms, quiet hours. */
export const careAlertSettingsSchema = z.object({
  /** This browser's PushSubscription.toJSON(): it alerts from now on. */
  subscription: pushSubscriptionSchema.optional(),
  rooms: z.union([
    z.literal("all"),
    z.array(id).min(1, "Choose at least one room, or all of them.").max(500),
  ]),
  quietHours: z
    .object({ from: clock, until: clock })
    .refine((hours) => hours.from !== hours.until, {
      message: "Quiet hours need a different start and end.",
      path: ["until"],
    })
    .nullable(),
  timeZone: z.string().max(64).refine(isTimeZone, "That is not a time zone we know."),
});
export type CareAlertSettingsInput = z.input<typeof careAlertSettingsSchema>;

export const careItemRefSchema = z.object({ itemId: id });

/** A moderator is writing to this member (in a check-in, or about to open one). */
export const careWritingSchema = z.object({ roomId: id, memberId: id });

/** Where the member's care stands: in a room (the care card), or for one check-in. */
export const careStatusQuerySchema = z.union([
  z.object({ checkInId: id }).strict(),
  z.object({ roomId: id }).strict(),
]);
