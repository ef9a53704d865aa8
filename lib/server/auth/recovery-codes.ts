import { randomInt } from "node:crypto";

// Crockford's base32 alphabet: no I, L, O or U, so a code copied by hand survives.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 20 symbols of 5 bits: 100 bits, shown in groups of five. */
export function generateRecoveryCode(): string {
  const symbols = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 5, 10, 15].map((start) => symbols.slice(start, start + 5).join("")).join("-");
}

/** The form stored and compared: upper-case, no separators, look-alikes folded. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}
