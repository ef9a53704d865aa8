// Appeal input: a member asks for a review in a few words; a reviewer upholds or reverses.
import { z } from "zod";
import { text } from "@/lib/shared/schemas/text";

const uuid = z.uuid({ error: "Must be an id." });

export const fileAppealSchema = z.object({
  noticeId: uuid,
  words: text({ error: "Please say in a few words why you'd like a review." })
    .max(2000)
    .transform((value) => value.trim())
    .pipe(
      text()
        .min(1, "Please say in a few words why you'd like a review.")
        .max(1000, "A few words: at most 1,000 characters."),
    ),
});

export const decideAppealSchema = z.object({
  appealId: uuid,
  decision: z.enum(["uphold", "reverse"], { error: "Choose to uphold or reverse." }),
  reason: text({ error: "Please give a reason." })
    .max(1000)
    .transform((value) => value.trim())
    .pipe(text().min(1, "Please give a reason.").max(500, "A reason can be at most 500 characters.")),
});
