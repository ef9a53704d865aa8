import { z } from "zod";

export const addWatchedWordSchema = z.object({
  phrase: z.string({ error: "Please enter a word or phrase." }).trim().min(2, "Use at least 2 characters.").max(100, "Use at most 100 characters."),
  action: z.enum(["block", "flag"], { error: "Choose block or flag." }),
  roomId: z.uuid().nullable().optional().transform((value) => value ?? null),
  reason: z.string().trim().min(1, "Please give a reason.").max(500),
});

export const removeWatchedWordSchema = z.object({ id: z.uuid(), reason: z.string().trim().min(1, "Please give a reason.").max(500) });
