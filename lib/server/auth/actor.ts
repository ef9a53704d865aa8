// Who is acting. Services take one of these; transports build it.
import type { SiteRole } from "@/generated/prisma/enums";

export interface MemberActor {
  kind: "member";
  userId: string;
  pseudonym: string;
  siteRole: SiteRole;
  sessionVersion: number;
  /** The signed-in browser's session (its row in Session); signing out ends it. */
  sessionId: string;
}

/** Someone not signed in; `address` is the client's IP, used for rate limits. */
export interface VisitorContext {
  address: string;
}
