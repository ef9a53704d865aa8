import { z } from "zod";
import { text } from "@/lib/shared/schemas/text";

const id = z.uuid({ error: "Must be an id." });

export const SESSION_MIN_MINUTES = 15;
export const SESSION_MAX_MINUTES = 240;
/** How far ahead a session may be scheduled. */
export const SESSION_MAX_DAYS_AHEAD = 366;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const scheduleSessionSchema = z.object({
  roomId: id,
  theme: text()
    .trim()
    .min(1, "Please say what the session is about, in a line.")
    .max(200, "The theme can be at most 200 characters."),
  /**
   * The start on the scheduler's clock, as a date-time input gives it ("2026-12-01T19:00"), or
   * "now" for a session that starts at once.
   */
  startsAt: z.union([
    z.literal("now"),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Please give a date and a time, like 2026-12-01T19:00."),
  ]),
  timeZone: z.string().max(64).refine(isTimeZone, "That is not a time zone we know."),
  durationMinutes: z
    .number({ error: "Please give a length in minutes." })
    .int()
    .min(SESSION_MIN_MINUTES, `A session lasts at least ${SESSION_MIN_MINUTES} minutes.`)
    .max(SESSION_MAX_MINUTES, `A session lasts at most ${SESSION_MAX_MINUTES / 60} hours.`),
  weekly: z.boolean().default(false),
  facilitatorIds: z
    .array(id)
    .min(1, "Choose one or two facilitators.")
    .max(2, "Choose one or two facilitators.")
    .refine((ids) => new Set(ids).size === ids.length, "Choose two different facilitators."),
});
export type ScheduleSessionInput = z.input<typeof scheduleSessionSchema>;

export const cancelSessionSchema = z.object({ sessionId: id });

export const sessionControlSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("begin"), occurrenceId: id }),
    z.object({ action: z.literal("pause"), occurrenceId: id }),
    z.object({ action: z.literal("resume"), occurrenceId: id }),
    z.object({ action: z.literal("give_floor"), occurrenceId: id, userId: id }),
    z.object({ action: z.literal("open_floor"), occurrenceId: id }),
    z.object({ action: z.literal("slow_mode"), occurrenceId: id, on: z.boolean() }),
    z.object({ action: z.literal("sharing"), occurrenceId: id }),
    z.object({ action: z.literal("check_out"), occurrenceId: id }),
    z.object({ action: z.literal("end"), occurrenceId: id }),
  ],
  { error: "Unknown session action." },
);
export type SessionControl = z.infer<typeof sessionControlSchema>;

export const followSessionsSchema = z.object({ roomId: id, following: z.boolean() });

export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ error: "Must be the push service's address." }).max(1000),
  keys: z.object({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/, "Not a browser push key."),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,30}={0,2}$/, "Not a browser push secret."),
  }),
});
export const removePushSubscriptionSchema = z.object({ endpoint: z.string().max(1000) });
