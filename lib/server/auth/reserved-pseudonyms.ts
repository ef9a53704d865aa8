// Names that would let someone pass as the site or its people. Compared after
// lower-casing, removing separators and undoing common digit-for-letter swaps.
const forbiddenWithin = ["admin", "moderator", "hearth", "staff", "official", "sysop", "support"];
const forbiddenExactly = [
  "mod",
  "mods",
  "root",
  "system",
  "help",
  "helpdesk",
  "team",
  "security",
  "anonymous",
  "deleted",
  "null",
  "undefined",
  "crisis",
  "everyone",
];

const digitSwaps: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
};

function undoDigitSwaps(key: string): string {
  return key.replace(/[0134578]/g, (digit) => digitSwaps[digit] ?? digit);
}

/** `key` is a pseudonymKey (lower-case, separators removed). */
export function isReservedPseudonym(key: string): boolean {
  const candidates = [key, undoDigitSwaps(key), key.replace(/\d+$/, "")];
  return candidates.some(
    (candidate) =>
      forbiddenExactly.includes(candidate) || forbiddenWithin.some((word) => candidate.includes(word)),
  );
}
