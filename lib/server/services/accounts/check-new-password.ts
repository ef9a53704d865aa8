import { isCommonPassword } from "@/lib/server/auth/common-passwords";
import { AppError } from "@/lib/shared/errors";
import { pseudonymKey } from "@/lib/shared/schemas/account";

/** Rules a new password must meet beyond its length; `field` names the form field to blame. */
export function checkNewPassword(password: string, ownerKey: string, field: string): void {
  const problem = isCommonPassword(password)
    ? "That password is one of the most common ones. Please choose something less guessable."
    : pseudonymKey(password).includes(ownerKey)
      ? "Please choose a password that does not contain your pseudonym."
      : undefined;
  if (problem) throw new AppError("invalid_input", problem, { fields: { [field]: problem } });
}
