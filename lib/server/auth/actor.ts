// Who is acting. Services take one of these; transports build it.
import type { SiteRole } from "@/generated/prisma/enums";
import type { StaffPowers } from "@/lib/server/policies/staff-policies";

export interface MemberActor {
  kind: "member";
  userId: string;
  pseudonym: string;
  siteRole: SiteRole;
  sessionVersion: number;
  /** The signed-in browser's session (its row in Session); signing out ends it. */
  sessionId: string;
  /** When this session passed a second step (or set one up); null: the password alone. */
  secondFactorAt: Date | null;
  /** Whether this session may use moderator and admin powers (staff-policies.ts). */
  staffPowers: StaffPowers;
}

/** Someone not signed in; `address` is the client's IP, used for rate limits. */
export interface VisitorContext {
  address: string;
}
