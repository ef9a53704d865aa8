// Text from outside, as every schema takes it: a string without control characters. NUL would
// reach PostgreSQL (which refuses it) as an `internal` error; the others (escape, backspace,
// bidirectional overrides are not among them) are invisible and only ever sent to confuse.
// Tab, line feed and carriage return stay: people type them.
import { z } from "zod";

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const controlCharacterMessage = "Please remove the invisible control characters from this text.";

export function hasControlCharacters(value: string): boolean {
  return controlCharacter.test(value);
}

/** `z.string()` that refuses control characters with `invalid_input` naming the field. */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((value) => !hasControlCharacters(value), controlCharacterMessage);
}
