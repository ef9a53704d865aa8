// The people I blocked, as /settings renders them.

export interface BlockedMember {
  id: string;
  pseudonym: string;
  blockedAt: string;
}
