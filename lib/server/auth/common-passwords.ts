// The list of commonly used passwords that zxcvbn-ts ships (about 49,000 entries, from real
// breaches). We use only the list, not zxcvbn's scoring: the rule people are shown is simple
// ("at least 10 characters, not a common password") and this keeps it true.
import { dictionary } from "@zxcvbn-ts/language-common";

let commonPasswords: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}
