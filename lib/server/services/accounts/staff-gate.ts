// For staff pages: whether to show the "one more step" page instead of the tools (the tools'
// services refuse on their own; this only chooses the words). Decision 0028.
import type { MemberActor } from "@/lib/server/auth/actor";
import { hasSecondFactor } from "@/lib/server/auth/second-factor";
import { holdsStaffRole } from "@/lib/server/services/accounts/staff-role";

export type StaffGate = { waiting: false } | { waiting: true; hasSecondFactor: boolean };

export async function staffGateFor(actor: MemberActor): Promise<StaffGate> {
  if (actor.staffPowers === "ready" || !(await holdsStaffRole(actor.userId))) return { waiting: false };
  return { waiting: true, hasSecondFactor: await hasSecondFactor(actor.userId) };
}
