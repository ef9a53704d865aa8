// For staff pages: whether to show the "one more step" page instead of the tools (the tools'
// services refuse on their own; this only chooses the words). Decision 0028.
import type { MemberActor } from "@/lib/server/auth/actor";
import { hasSecondFactor } from "@/lib/server/auth/second-factor";
import { secondFactorMessage } from "@/lib/server/policies/staff-policies";
import { holdsStaffRole } from "@/lib/server/services/accounts/staff-role";
import { AppError } from "@/lib/shared/errors";

export type StaffGate = { waiting: false } | { waiting: true; hasSecondFactor: boolean };

export async function staffGateFor(actor: MemberActor): Promise<StaffGate> {
  if (actor.staffPowers === "ready" || !(await holdsStaffRole(actor.userId))) return { waiting: false };
  return { waiting: true, hasSecondFactor: await hasSecondFactor(actor.userId) };
}

/**
 * For services that find "the rooms I moderate" empty: a staff member whose session waits for a
 * second step is told that (second_factor_required), anyone else gets `forbidden` with `message`.
 */
export async function notModeratingError(actor: MemberActor, message: string): Promise<AppError> {
  if (actor.staffPowers === "waiting" && (await holdsStaffRole(actor.userId)))
    return new AppError("second_factor_required", secondFactorMessage);
  return new AppError("forbidden", message);
}
