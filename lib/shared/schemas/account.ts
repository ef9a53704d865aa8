// Account input, shared by the forms (for hints) and the services (for the real check).
import { z } from "zod";
import { text } from "@/lib/shared/schemas/text";
import { crisisRegionCodes } from "@/lib/shared/crisis-lines";
import { OWN_WORD_MAX_LENGTH, OWN_WORDS_MAX, readingThemeIds } from "@/lib/shared/reading-filters";

import { PASSWORD_MAX, PASSWORD_MIN, PSEUDONYM_MAX, PSEUDONYM_MIN } from "@/lib/shared/limits";

// The limits live in a zod-free module (browser code imports them from there).
export { PASSWORD_MAX, PASSWORD_MIN, PSEUDONYM_MAX, PSEUDONYM_MIN };

// ASCII letters only: look-alike letters from other scripts would let someone pass as another
// member or as a moderator.
const pseudonymCharacters = /^[A-Za-z0-9 _-]+$/;

export const pseudonymSchema = text({ error: "Please choose a pseudonym." })
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(
    text()
      .min(1, "Please choose a pseudonym.")
      .min(PSEUDONYM_MIN, `Use at least ${PSEUDONYM_MIN} characters.`)
      .max(PSEUDONYM_MAX, `Use at most ${PSEUDONYM_MAX} characters.`)
      .regex(pseudonymCharacters, "Use only letters (A–Z), digits, spaces, _ and -.")
      .regex(/[A-Za-z0-9]/, "Include at least one letter or digit."),
  );

export const newPasswordSchema = text({ error: "Please choose a password." })
  .min(1, "Please choose a password.")
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

/** A password being checked, not chosen: no length rules beyond a sane bound. */
export const existingPasswordSchema = text({ error: "Please enter your password." })
  .min(1, "Please enter your password.")
  .max(PASSWORD_MAX, "That password is too long.");

export const recoveryCodeSchema = text({ error: "Please enter your recovery code." })
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(
    text().regex(
      /^[0-9A-Z]{20}$/,
      "A recovery code has 20 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX.",
    ),
  );

export const signUpInputSchema = z.object({
  pseudonym: pseudonymSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.input<typeof signUpInputSchema>;

export const signInInputSchema = z.object({
  pseudonym: text({ error: "Please enter your pseudonym." })
    .trim()
    .min(1, "Please enter your pseudonym.")
    .max(64),
  password: existingPasswordSchema,
});
export type SignInInput = z.input<typeof signInInputSchema>;

export const recoverAccountInputSchema = z.object({
  pseudonym: text({ error: "Please enter your pseudonym." })
    .trim()
    .min(1, "Please enter your pseudonym.")
    .max(64),
  recoveryCode: recoveryCodeSchema,
  newPassword: newPasswordSchema,
});
export type RecoverAccountInput = z.input<typeof recoverAccountInputSchema>;

export const changePasswordInputSchema = z.object({
  currentPassword: existingPasswordSchema,
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordInputSchema>;

/** The form a pseudonym takes for comparisons: case and separators do not make a new name. */
export function pseudonymKey(pseudonym: string): string {
  return pseudonym.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Sign out everywhere takes nothing but an empty JSON object. */
export const signOutEverywhereInputSchema = z.object({}).strict();

/** Whose crisis lines to show: a region we list, or null to follow the browser's languages. */
export const crisisRegionSchema = z.object({
  region: z.enum(crisisRegionCodes, { error: "Please choose a country from the list." }).nullable(),
});

/** A reader's filters: themes from the list, up to 30 words of their own, and two switches. */
export const readingFiltersSchema = z.object({
  themes: z
    .array(z.enum(readingThemeIds, { error: "Please choose themes from the list." }))
    .max(readingThemeIds.length),
  ownWords: z
    .array(
      text()
        .max(200)
        .transform((word) => word.trim())
        .pipe(
          text().max(
            OWN_WORD_MAX_LENGTH,
            `Each word or phrase can be at most ${OWN_WORD_MAX_LENGTH} characters.`,
          ),
        ),
    )
    .max(OWN_WORDS_MAX, `At most ${OWN_WORDS_MAX} words or phrases.`)
    .transform((words) => [...new Set(words.filter((word) => word.length >= 2))]),
  coverCrisis: z.boolean(),
  coverWarned: z.boolean(),
});

/** Someone whose messages a reader hides for themselves. */
export const personalMuteSchema = z.object({ userId: z.uuid({ error: "Must be an id." }) });

/** Deleting one's account: the password again, and what becomes of one's messages. */
export const deleteAccountSchema = z.object({
  password: text({ error: "Please enter your password." }).min(1, "Please enter your password.").max(1000),
  messages: z.enum(["erase", "keep"], { error: "Please choose what happens to your messages." }),
});
