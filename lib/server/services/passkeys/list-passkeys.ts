import type { MemberActor } from "@/lib/server/auth/actor";
import { passkeysOf, type PasskeySummary } from "@/lib/server/services/passkeys/passkey-records";

/** The passkeys of the person asking: names and dates, for their settings. */
export async function listPasskeys(actor: MemberActor): Promise<PasskeySummary[]> {
  return passkeysOf(actor.userId);
}
