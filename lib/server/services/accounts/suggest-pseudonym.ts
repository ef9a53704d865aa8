import { randomInt } from "node:crypto";
import { db } from "@/lib/server/db";
import type { PseudonymSuggestion } from "@/lib/shared/account-types";
import { gentleAdjectives, gentleNouns } from "@/lib/shared/pseudonym-words";
import { pseudonymKey } from "@/lib/shared/schemas/account";

/** A gentle random pseudonym ("Quiet Willow 27") that nobody uses yet. */
export async function suggestPseudonym(): Promise<PseudonymSuggestion> {
  const candidates = Array.from({ length: 8 }, () => {
    const adjective = gentleAdjectives[randomInt(gentleAdjectives.length)];
    const noun = gentleNouns[randomInt(gentleNouns.length)];
    return `${adjective} ${noun} ${randomInt(10, 100)}`;
  });
  const taken = await db().user.findMany({
    where: { pseudonymKey: { in: candidates.map(pseudonymKey) } },
    select: { pseudonymKey: true },
  });
  const takenKeys = new Set(taken.map((user) => user.pseudonymKey));
  const free = candidates.find((candidate) => !takenKeys.has(pseudonymKey(candidate)));
  return { pseudonym: free ?? `${candidates[0]}${randomInt(10)}` };
}
