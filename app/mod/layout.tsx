import type { ReactNode } from "react";
import { StaffSecondStep } from "@/components/accounts/staff-second-step";
import { currentMember } from "@/lib/server/auth/current-member";
import { staffGateFor } from "@/lib/server/services/accounts/staff-gate";

/** Staff pages wait for a second step (decision 0028); their services refuse without one anyway. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const member = await currentMember();
  const gate = member ? await staffGateFor(member) : { waiting: false as const };
  return gate.waiting ? <StaffSecondStep hasSecondFactor={gate.hasSecondFactor} /> : children;
}
